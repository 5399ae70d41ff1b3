import v8 from 'node:v8';

/**
 * Inputs at least this large (summary and source bytes together) are checked with the heap's growth held down
 * (`heapFlagFor`). A 100,000-sentence pair is about 20 MB, a 1,000,000-sentence pair about 200 MB.
 */
export const LARGE_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * How far V8 lets the old generation grow past what survived its last full collection before it collects again,
 * as a percentage, for large inputs. V8's default lets it grow by a factor of up to 4 (capped halfway to the heap
 * limit, 4 GiB on a machine with 16 GiB or more), so the peak of a check with about 1 GiB alive is set by when its
 * collections fall. Arabic 1,000,000 source sentences (bench/child.mjs): 2,254 MiB with V8's default, 1,954 MiB
 * with 25%, for 7% more CPU; English 3,469 -> 2,594 MiB, 19% more CPU. `isnad check` itself, writing its report:
 * 2,053 MiB with 25%, 1,905 MiB with 15%, the same CPU (in turn); hence 15 (bench/README.md, issue 25, item 1,
 * second round; English with 15 not measured). The heap limit
 * itself is left as it is, so a check that needs more heap still gets it (a lower limit, as
 * `--max-old-space-size`, would make a larger or denser input fail).
 */
export const HEAP_GROWING_PERCENT = 15;

/** The V8 flags by which a user chooses the heap's size or growth: when given, the user's choice stands. */
const USER_HEAP_FLAGS = /(?:^|\s)--(?:max[-_]old[-_]space[-_]size|max[-_]heap[-_]size|heap[-_]growing[-_]percent|optimize[-_]for[-_]size)\b/;

/**
 * The V8 flag the CLI sets for a check of `bytes` input bytes, or undefined: none for smaller inputs, and none when
 * the user chose the heap's size or growth, on the command line of node (`execArgv`) or in NODE_OPTIONS.
 */
export function heapFlagFor(bytes: number, execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  if (bytes < LARGE_INPUT_BYTES) return undefined;
  if (USER_HEAP_FLAGS.test(` ${execArgv.join(' ')} ${nodeOptions ?? ''}`)) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/**
 * Sets `heapFlagFor`'s flag in this process, before the inputs are read. V8 reads the growing factor at every full
 * collection, so the flag takes effect when set at run time (Node leaves V8's flags writable after start-up).
 * Returns the flag set, or undefined.
 */
export function holdHeapGrowth(bytes: number, execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS): string | undefined {
  const flag = heapFlagFor(bytes, execArgv, nodeOptions);
  if (flag) v8.setFlagsFromString(flag);
  return flag;
}
