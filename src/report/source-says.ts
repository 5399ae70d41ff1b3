import type { Flag } from '../check/types.js';
import { formatLabel, type Locale } from '../check/messages.js';

/**
 * "the source says "X"" for a flag whose rule knows what the source says there (`expected`: the
 * source's figure, word, entity or speaker), in the report's locale; undefined for the others. Read
 * from the flag's fields, never from its message.
 */
export function sourceSays(f: Pick<Flag, 'expected'>, locale?: Locale): string | undefined {
  return f.expected === undefined ? undefined : formatLabel('sourceSays', { expected: f.expected }, locale);
}
