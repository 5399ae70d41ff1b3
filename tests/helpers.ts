import { splitSentences } from '../src/text/sentences.js';

/** The sentences of a text as strings (exact slices). */
export const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
