import type { StreamFormatter } from './types.js';

/**
 * The format names, and each format's module loaded only when it is asked for: the CLI's one-pair run writes
 * one format, and the HTML page alone (with `diff`, the font and the page script) was a fifth of the modules
 * a run loaded before it checked anything. registry.ts keeps every formatter loaded for the library; a test
 * holds the two lists equal.
 */
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;

const whole =
  (f: (results: Parameters<StreamFormatter>[0], options?: Parameters<StreamFormatter>[2]) => string): StreamFormatter =>
  (results, sink, options) =>
    sink(f(results, options));

const LOADERS: Record<string, () => Promise<StreamFormatter>> = {
  // JSON in pieces of its own (a report can outgrow a string); the others as their one string
  json: async () => (await import('./formatters/json.js')).jsonStream,
  text: async () => whole((await import('./formatters/text.js')).text),
  sarif: async () => whole((await import('./formatters/sarif.js')).sarif),
  junit: async () => whole((await import('./formatters/junit.js')).junit),
  github: async () => whole((await import('./formatters/github.js')).github),
  markdown: async () => whole((await import('./formatters/markdown.js')).markdown),
  html: async () => whole((await import('./formatters/html.js')).html),
};

export function isFormatName(name: string): boolean {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The stream formatters of these formats, each module loaded once. */
export async function loadFormatters(names: Iterable<string>): Promise<Map<string, StreamFormatter>> {
  const out = new Map<string, StreamFormatter>();
  for (const name of new Set(names)) {
    if (!Object.hasOwn(LOADERS, name)) throw new Error(`unknown format "${name}"`);
    out.set(name, await LOADERS[name]());
  }
  return out;
}
