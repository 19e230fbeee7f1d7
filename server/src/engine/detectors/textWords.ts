// The words the runner's one pass (textScan.ts) reads off an ASCII text, kept in typed arrays that are reused for
// every text, so prefilters and detectors can work per word instead of walking the characters again. The layout
// is documented on `TextWords` (types.ts); this module makes and grows the arrays and names the gap bits.
import type { TextWords } from './types';

/** A character other than a space between two words (punctuation, a tab, a digit-only word, ...). */
export const G_OTHER = 1 << 0;
/** A character after which a capital says nothing: . ! ? ; : " ( ) [ ] { } | > * and line breaks. */
export const G_END = 1 << 1;
/** A line break or ':' (a new line or a label: "Name:\nAda", "User: Jia"). */
export const G_LINE = 1 << 2;
/** A '.'. */
export const G_DOT = 1 << 3;
/** An apostrophe or hyphen (a one-character gap of one of them may join two words: "o'brien", "smith-jones"). */
export const G_JOIN = 1 << 4;

/** G_* bits of each ASCII character that separates words (letters and digits have none). */
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

/** Empty word arrays with room for `capacity` words. */
export function newTextWords(capacity = FIRST_CAPACITY): TextWords {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    digits: new Int32Array(capacity),
    gap: new Uint8Array(capacity),
  };
}

/** Doubles the arrays' room, keeping the words recorded so far (a text with more words than ever before). */
export function growTextWords(words: TextWords): void {
  const bigger = newTextWords(words.start.length * 2);
  bigger.start.set(words.start);
  bigger.end.set(words.end);
  bigger.hash.set(words.hash);
  bigger.digits.set(words.digits);
  bigger.gap.set(words.gap);
  words.start = bigger.start;
  words.end = bigger.end;
  words.hash = bigger.hash;
  words.digits = bigger.digits;
  words.gap = bigger.gap;
}
