// The runner's one pass over an ASCII text: in a single walk over its characters it finds the detectors' triggers,
// counts digits, reads the facts of textFacts.ts and hashes every word for the word classes (wordClasses.ts),
// without lower-casing the text first (ASCII lower case is `c | 32` on a letter). A text with any non-ASCII
// character is left to the slower path (lower-case first, then the trigger scan of triggers.ts): about 1.5% of
// utterances, whose lower case may even change length.
import {
  F_AT, F_CAPITAL_AFTER_FIRST, F_COLONS2, F_COLONS5, F_DASH, F_DASHES5, F_HASH, F_INNER_DOTS2, F_INNER_DOTS3,
  F_LETTERS2_DIGIT, F_LETTERS2_DIGITS2, F_NEWLINE, F_SLASH, F_SSN_LAYOUT, F_UPPER, MIXED_LENGTH_CAP,
} from './textFacts';
import { pairKey, type Trigger, type TriggerIndex } from './triggers';
import { GAP_BITS, growTextWords, W_ALL_DIGITS, W_FIRST_UPPER, W_HAS_DIGIT, WORD_STRIDE } from './textWords';
import type { TextWords } from './types';
import { beginWords, endWords, FNV_BASIS, FNV_PRIME, wordBeforeNumber, wordTable, wordWithEntry } from './wordClasses';

/** What the pass read off one text (one object, reused for every text). */
export interface TextScan {
  digits: number;
  maxDigitRun: number;
  /** F_* bits (textFacts.ts). */
  facts: number;
  /** Bit k: a word of length k mixing letters and digits (bit 31: 31 or more). */
  mixedLengths: number;
  /** W_* bits (wordClasses.ts). */
  wordClasses: number;
  /** No upper-case letter: the text is its own lower case. */
  lowerIsSelf: boolean;
}

const SEP = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CLASS[c] = c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : SEP;

/** Marks the separators counted below ('.', ':', '-') among those with a fact; never in a result. */
const COUNTED = 1 << 30;
const SEPARATOR_FACT = new Int32Array(128);
SEPARATOR_FACT[64] = F_AT;
SEPARATOR_FACT[47] = F_SLASH;
SEPARATOR_FACT[45] = F_DASH | COUNTED;
SEPARATOR_FACT[10] = F_NEWLINE;
SEPARATOR_FACT[35] = F_HASH;
SEPARATOR_FACT[46] = COUNTED;
SEPARATOR_FACT[58] = COUNTED;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** An ASCII letter or digit (false for NaN and non-ASCII codes: no table read out of bounds). */
const isAlnum = (c: number) => ((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10;

/** Stand-in for the word array when no words are recorded. */
const NO_WORDS = new Int32Array(0);

/** Separators some trigger starts with ("-----begin", "#"): only these are looked up as a pair. */
const pairStarts = new WeakMap<TriggerIndex, Uint8Array>();

function separatorPairStarts(tx: TriggerIndex): Uint8Array {
  let starts = pairStarts.get(tx);
  if (!starts) {
    starts = new Uint8Array(128);
    for (const list of tx.pairLists) for (const t of list) if (CLASS[t.text.charCodeAt(0)] === SEP) starts[t.text.charCodeAt(0)] = 1;
    pairStarts.set(tx, starts);
  }
  return starts;
}

/** Triggers of one pair list whose rest matches the (ASCII, any case) text at `at` (the text ends at `end`). */
function fire(text: string, at: number, end: number, list: Trigger[], fired: Uint32Array, stamp: number): void {
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    if (fired[t.slot] === stamp) continue;
    const len = t.text.length;
    if (len > 2) {
      if (at + len > end) continue;
      let j = 2;
      for (; j < len; j++) {
        let x = text.charCodeAt(at + j);
        if (x >= 65 && x <= 90) x |= 32;
        if (x !== t.text.charCodeAt(j)) break;
      }
      if (j < len) continue;
    }
    fired[t.slot] = stamp;
  }
}

/**
 * Reads an ASCII text into `out` and sets fired[slot] = stamp for each detector with a trigger in it; records its
 * words into `words` when given (TextWords in types.ts). Returns false (and leaves `out`, `fired` and `words` in no
 * particular state) when the text holds a non-ASCII character. The text read is `text` from `from` to `to` (the
 * whole string by default): a line of a document is read in the document itself, a flat string, rather than in a
 * slice of it (reading a slice costs more per character); recorded word positions count from `from`.
 */
export function scanAscii(
  text: string,
  tx: TriggerIndex,
  fired: Uint32Array,
  stamp: number,
  out: TextScan,
  words?: TextWords,
  from = 0,
  to = text.length,
): boolean {
  const pairTable = tx.pairTable;
  const pairLists = tx.pairLists;
  const thirds = tx.pairThirds;
  const singleTable = tx.singleTable;
  const sepPairs = separatorPairStarts(tx);
  const plainSpace = sepPairs[32] === 0 && tx.singleTable[32] === 0;
  const table = wordTable();
  const n = to;
  let digits = 0;
  let maxRun = 0;
  let upper = 0;
  let dots = 0;
  let colons = 0;
  let dashes = 0;
  let facts = 0;
  let mixed = 0;
  let w = 0;
  // end of the last word, and the lengths and ends of the last two words when they were all digits (else -1)
  let wordEnd = -1;
  let digitWord1 = -1;
  let digitWord1End = -1;
  let digitWord2 = -1;
  let digitWord2End = -1;
  // G_* bits of the separators since the last word; the word array in a local (reloaded when it grows)
  let gap = 0;
  const record = words !== undefined;
  let wordData = record ? words.data : NO_WORDS;
  beginWords(n);
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    // most separators are single spaces: nothing to count, no gap bit, no trigger (unless one starts with ' ')
    if (c === 32 && plainSpace) {
      i++;
      continue;
    }
    if (c >= 128) return false;
    let k = CLASS[c];
    if (k === SEP) {
      gap |= GAP_BITS[c];
      const f = SEPARATOR_FACT[c];
      if (f !== 0) {
        facts |= f;
        // a dot between letters or digits ("1.2", "a.b"), not one ending a sentence
        if (c === 46) {
          if (i === wordEnd && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) dots++;
        }
        else if (c === 58) colons++;
        else if (c === 45) dashes++;
      }
      const si = singleTable[c];
      if (si !== 0) {
        const list = tx.singleLists[si];
        for (let j = 0; j < list.length; j++) fired[list[j]] = stamp;
      }
      if (sepPairs[c] === 1 && i + 1 < n) {
        let c1 = text.charCodeAt(i + 1);
        if (c1 >= 65 && c1 <= 90) c1 |= 32;
        const pi = pairTable[pairKey(c, c1)];
        if (pi !== 0) fire(text, i, n, pairLists[pi], fired, stamp);
      }
      i++;
      continue;
    }
    // A word: its first two characters name the triggers that may start here (no trigger starts inside a word).
    const s = i;
    const first = k;
    if (i + 1 < n) {
      let c1 = text.charCodeAt(i + 1);
      if (c1 >= 65 && c1 <= 90) c1 |= 32;
      const pi = pairTable[pairKey(c | 32, c1)];
      // the third character's bit ((c & 31) is the same for both cases of a letter) rejects most candidates
      if (pi !== 0 && (i + 2 >= n || ((thirds[pi] >>> (text.charCodeAt(i + 2) & 31)) & 1) !== 0)) fire(text, i, n, pairLists[pi], fired, stamp);
    }
    let h = FNV_BASIS;
    let run = 0;
    let wordDigits = 0;
    // The word's characters, classed by comparisons rather than a table read (the hottest loop of the lint).
    for (;;) {
      // letters and digits: `| 32` is their lower case
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
      // a word character below 'A' is a digit, one below 'a' a capital
      if (c <= 57) run++;
      else {
        if (run !== 0) {
          wordDigits += run;
          if (run > maxRun) maxRun = run;
          run = 0;
        }
        if (c <= 90) upper++;
      }
      if (++i >= n) {
        c = 32;
        break;
      }
      c = text.charCodeAt(i);
      if (((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10) continue;
      if (c >= 128) return false;
      break;
    }
    if (run !== 0) {
      wordDigits += run;
      if (run > maxRun) maxRun = run;
    }
    digits += wordDigits;
    const len = i - s;
    if (wordDigits === len) {
      // all digits: a US SSN's layout is one word of nine, or 3-2-4 joined by one and the same ' ' or '-'
      if (len === 9) facts |= F_SSN_LAYOUT;
      else if (len === 4 && digitWord1 === 2 && digitWord2 === 3 && digitWord1End === s - 1 && digitWord2End === s - 4) {
        const sep = text.charCodeAt(s - 1);
        if ((sep === 32 || sep === 45) && text.charCodeAt(s - 4) === sep) facts |= F_SSN_LAYOUT;
      }
      digitWord2 = digitWord1;
      digitWord2End = digitWord1End;
      digitWord1 = len;
      digitWord1End = i;
    } else {
      digitWord2 = digitWord1 = -1;
    }
    wordEnd = i;
    if (wordDigits !== 0 && wordDigits !== len) {
      mixed |= 1 << (len < MIXED_LENGTH_CAP ? len : MIXED_LENGTH_CAP);
      // (only the word's own characters are read: a table read past the text or at a non-ASCII code deoptimises)
      if (len >= 3 && first !== DIGIT && !isDigit(text.charCodeAt(s + 1)) && isDigit(text.charCodeAt(s + 2))) {
        facts |= F_LETTERS2_DIGIT;
        if (len >= 4 && isDigit(text.charCodeAt(s + 3))) facts |= F_LETTERS2_DIGITS2;
      }
    } else if (len === 2 && wordDigits === 0 && c === 32 && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      facts |= F_LETTERS2_DIGIT;
    }
    if (first === UPPER && w > 0) facts |= F_CAPITAL_AFTER_FIRST;
    if (record) {
      const at = w * WORD_STRIDE;
      if (at === wordData.length) {
        growTextWords(words);
        wordData = words.data;
      }
      // start, end, hash, info (WORD_START .. WORD_INFO)
      wordData[at] = s - from;
      wordData[at + 1] = i - from;
      wordData[at + 2] = h;
      const upperBit = first === UPPER ? W_FIRST_UPPER : 0;
      wordData[at + 3] = wordDigits === 0 ? gap | upperBit : wordDigits === len ? gap | W_HAS_DIGIT | W_ALL_DIGITS : gap | W_HAS_DIGIT | upperBit;
      gap = 0;
    }
    const v = table.get(h === 0 ? 1 : h);
    if (v !== 0) wordWithEntry(text, i, v, c, w);
    else if (len >= 5 && c === 32 && i + 1 < n && isDigit(text.charCodeAt(i + 1))) wordBeforeNumber(text, s, i, 32);
    w++;
    // the character after the word is read already: a plain space needs no second look
    if (c === 32 && plainSpace) i++;
  }
  if (upper !== 0) facts |= F_UPPER;
  if (dots >= 2) facts |= dots >= 3 ? F_INNER_DOTS2 | F_INNER_DOTS3 : F_INNER_DOTS2;
  if (colons >= 2) facts |= colons >= 5 ? F_COLONS2 | F_COLONS5 : F_COLONS2;
  if (dashes >= 5) facts |= F_DASHES5;
  out.digits = digits;
  out.maxDigitRun = maxRun;
  out.facts = facts & ~COUNTED;
  out.mixedLengths = mixed;
  out.wordClasses = endWords();
  out.lowerIsSelf = upper === 0;
  if (record) words.count = w;
  return true;
}
