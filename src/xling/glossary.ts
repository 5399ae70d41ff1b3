import { isString, lexicon, lexiconValues } from '../text/lexicons.js';

/**
 * A small Arabic–English glossary written for isnad (MIT, like the code): everyday and news words that the
 * installed dictionaries gloss poorly or not at all (FreeDict glosses رجل only as "Adamic"). Its entries are
 * lexicons/glossary.json (which says where they come from): an Arabic word in its dictionary form and its
 * English words, space-separated, every list in the file's order. Read on first use.
 */
let entries: readonly (readonly [string, string])[] | undefined;

export function glossary(): readonly (readonly [string, string])[] {
  entries ??= Object.keys(lexicon('glossary').lists).flatMap((l) => lexiconValues('glossary', l, isString, 'English words'));
  return entries;
}
