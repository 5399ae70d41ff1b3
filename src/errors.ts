/**
 * An error about the user's input or usage: the CLI prints its one-line message and exits 2.
 * Library code throws it; it never calls process.exit.
 */
export class IsnadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'IsnadError';
  }
}
