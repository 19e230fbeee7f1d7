// The words the runner's one pass (textScan.ts) reads off an ASCII text, kept in one typed array that is reused
// for every text, so prefilters and detectors can work per word instead of walking the characters again. The
// layout is documented on `TextWords` (types.ts); this module makes and grows the array and names its bits.
import type { TextWords } from './types';

/** Int32 slots per word in `TextWords.data`: start, end, hash, info. */
export const WORD_STRIDE = 4;
export const WORD_START = 0;
export const WORD_END = 1;
export const WORD_HASH = 2;
export const WORD_INFO = 3;

// Bits of a word's info slot. The low byte is the gap before the word (G_*), the next bits its digits.
/** A character other than a space between two words (punctuation, a tab, ...). */
export const G_OTHER = 1 << 0;
/** A character after which a capital says nothing: . ! ? ; : " ( ) [ ] { } | > * and line breaks. */
export const G_END = 1 << 1;
/** A line break or ':' (a new line or a label: "Name:\nAda", "User: Jia"). */
export const G_LINE = 1 << 2;
/** A '.'. */
export const G_DOT = 1 << 3;
/** An apostrophe or hyphen (a one-character gap of one of them may join two words: "o'brien", "smith-jones"). */
export const G_JOIN = 1 << 4;
/** The word holds a digit. */
export const W_HAS_DIGIT = 1 << 8;
/** The word is all digits (a number). */
export const W_ALL_DIGITS = 1 << 9;
/** The word starts with a capital (valid only where `TextWords.cased` says the pass read the text, not its lower case). */
export const W_FIRST_UPPER = 1 << 10;

/** G_* bits of each ASCII character that separates words (letters, digits and the space have none). */
export const GAP_BITS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (alnum || c === 32) continue;
  GAP_BITS[c] = G_OTHER;
}
for (const ch of '.!?;:"()[]{}|>*\n\r') GAP_BITS[ch.charCodeAt(0)] |= G_END;
for (const ch of '\n\r:') GAP_BITS[ch.charCodeAt(0)] |= G_LINE;
GAP_BITS[46] |= G_DOT;
GAP_BITS[39] |= G_JOIN;
GAP_BITS[45] |= G_JOIN;

const FIRST_CAPACITY = 64;

/** An empty word list with room for `capacity` words. */
export function newTextWords(capacity = FIRST_CAPACITY): TextWords {
  return { count: 0, data: new Int32Array(Math.max(1, capacity) * WORD_STRIDE), cased: false };
}

/** Doubles the room, keeping the words recorded so far (a text with more words than any before). */
export function growTextWords(words: TextWords): void {
  const bigger = new Int32Array(words.data.length * 2);
  bigger.set(words.data);
  words.data = bigger;
}
