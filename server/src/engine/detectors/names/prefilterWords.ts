// The person-name prefilter (prefilter.ts) from the words of the runner's one pass (ASCII texts): the same answer
// as mayHoldName, without walking the characters again and with or without a lower-cased copy of the text. Every
// word here is ASCII letters joined by apostrophes or hyphens, so the dictionaries and cue words are compared with
// the characters of either as `c | 32` (their lower case).
import type { TextWords } from '../types';
import { FNV_BASIS, FNV_PRIME } from '../fnv';
import { G_DOT, G_END, G_JOIN, G_LINE, G_OTHER, W_ALL_DIGITS, W_FIRST_UPPER, W_HAS_DIGIT, WORD_STRIDE } from '../textWords';
import { nameLexicon, WORD_FLAG } from './lexicon';
import { NAME_FLAGS } from './lexiconFlags';
import {
  Cue, CUE_REACH, CUE_REACH_BACK, cueOfFolded, cueWordHashes, endsSentence, isDistinctiveName, MAX_WAITING, mayHoldName, NOT_DISTINCTIVE,
  possibleName, SHORT_NAME,
} from './prefilter';
import { bloomHas, type WordTable } from './wordTable';

/**
 * A second Bloom filter of distinctive names over other bits of the hash (bits 15-31; the lexicon's filter reads
 * bits 0-16): a word both filters pass is looked up. Each alone lets ~13% of other words through, both ~2%.
 */
const SECOND_FILTER_SHIFT = 15;
const SECOND_FILTER_BITS = 17;
let secondFilter: Uint32Array | undefined;

function distinctiveNamesByHighBits(table: WordTable): Uint32Array {
  return (secondFilter ??= table.bloom((f) => isDistinctiveName(f), SECOND_FILTER_BITS, SECOND_FILTER_SHIFT));
}

/**
 * The two Bloom filters of distinctive names with the cue words added: a lower-case word that either rules out is
 * neither, so it only counts as a lower-case word (the fast path below; ~3% of other words pass both).
 */
let plainLow: Uint32Array | undefined;
let plainHigh: Uint32Array | undefined;

function buildPlainWordFilters(names: Uint32Array, namesHigh: Uint32Array): void {
  const low = names.slice();
  const high = namesHigh.slice();
  for (const h of cueWordHashes()) {
    setBit(low, h);
    setBit(high, h >>> SECOND_FILTER_SHIFT);
  }
  plainLow = low;
  plainHigh = high;
}

/** Sets the bit bloomHas(filter, hash) reads. */
function setBit(filter: Uint32Array, hash: number): void {
  const b = hash & ((filter.length << 5) - 1);
  filter[b >>> 5] |= 1 << (b & 31);
}

/**
 * Info bits that send a word to the general path: digits, a dot before it (after an initial: "j. smith"), an
 * apostrophe or hyphen before it (joined to the word before: "o'brien").
 */
const FAST_PATH_STOP = W_HAS_DIGIT | G_DOT | G_JOIN;

/** FNV-1a (signed) of the lower case of an ASCII word text[start, end), read in any case. */
function foldedHash(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), FNV_PRIME);
  return h;
}

/**
 * mayHoldName for an ASCII text whose words the runner's one pass recorded (from the text or its lower case);
 * `folded` is the text or its lower case (a flat lower-cased copy is cheaper to read than a slice of a document),
 * read for dictionary and cue lookups, and `text` for capitals. Words
 * here are runs of letters joined by an inner apostrophe or hyphen, as mayHoldName reads them: the pass's letter
 * words, a one-character "'" or "-" gap joining two of them; its digit words are separators. A word mixing letters
 * and digits (rare) hands the text to mayHoldName.
 */
export function mayHoldNameInWords(words: TextWords, text: string, folded: string = text): boolean {
  const n = text.length;
  // word k's start, end, hash and info are data[4k .. 4k + 3] (WORD_STRIDE)
  const data = words.data;
  const stop = words.count * WORD_STRIDE;
  const lex = nameLexicon();
  const table = lex.table;
  const names = lex.distinctiveNames;
  const namesHigh = distinctiveNamesByHighBits(table);
  if (plainLow === undefined) buildPlainWordFilters(names, namesHigh);
  const plain = plainLow!;
  const plainByHighBits = plainHigh!;
  let sentenceStart = true;
  let lineStart = true;
  let lowerWords = 0;
  let upperWords = 0;
  let capWords = 0;
  let anyCapital = false;
  let caselessName = false;
  let afterInitial = false;
  let initialThenWord = false;
  let nameLikeCapital = false;
  let pending = 0;
  let waiting = 0;
  let prevVerb = false;
  let prevLen = 0;
  // end of the previous word, and the G_* bits of what lies between it and the next one
  let prevEnd = 0;
  let gap = 0;
  let at = 0;
  // the first character of word `at` when the fast path read it already
  let firstChar = -1;
  const cased = words.cased;
  const stopBits = cased ? FAST_PATH_STOP | W_FIRST_UPPER : FAST_PATH_STOP;
  while (at < stop) {
    // Fast path: lower-case words that are neither cue words nor possible distinctive names (most words) only count
    // as lower-case words, while nothing is pending: what comes before such a word (a space, a comma, a sentence
    // end) does not matter, only an initial's dot does ("j. smith"), and digits and joined words are read below.
    if (gap === 0 && pending === 0 && !prevVerb) {
      const from = at;
      while (at < stop) {
        const info = data[at + 3];
        if ((info & stopBits) !== 0) {
          // "o'brien": a word joined to the one before by "'" or "-" is read below with it, as one word
          if ((info & G_JOIN) !== 0 && at !== from && data[at] === data[at - WORD_STRIDE + 1] + 1) at -= WORD_STRIDE;
          break;
        }
        // a capital: from the pass's bit where it read the text, else from the character (a read of a slice is dear)
        if (!cased) {
          const c = text.charCodeAt(data[at]);
          if (c < 97) {
            firstChar = c;
            break;
          }
        }
        const hash = data[at + 2];
        if (bloomHas(plain, hash) && bloomHas(plainByHighBits, hash >>> SECOND_FILTER_SHIFT)) break;
        at += WORD_STRIDE;
      }
      if (at !== from) {
        lowerWords += (at - from) / WORD_STRIDE;
        const last = at - WORD_STRIDE;
        prevEnd = data[last + 1];
        prevLen = prevEnd - data[last];
        sentenceStart = false;
        lineStart = false;
        if (at >= stop) break;
      }
    }
    const info = data[at + 3];
    gap |= info & 0xff;
    const start = data[at];
    let end = data[at + 1];
    if ((info & W_HAS_DIGIT) !== 0) {
      if ((info & W_ALL_DIGITS) === 0) return mayHoldName(text.toLowerCase(), text);
      gap |= G_OTHER;
      at += WORD_STRIDE;
      continue;
    }
    // kept a signed 32-bit integer (V8 holds larger uint32 values as doubles); `>>> 0` for the word table
    let hash = data[at + 2];
    // "o'brien", "rock'n'roll", "smith-jones": a one-character "'" or "-" between two letter words
    at += WORD_STRIDE;
    if (at < stop && data[at] === end + 1 && (data[at + 3] & G_JOIN) !== 0) {
      const firstEnd = end;
      while (at < stop && data[at] === end + 1 && (data[at + 3] & G_JOIN) !== 0) {
        const joined = data[at + 3];
        // a mixed word after the mark ("dan's0") would change where this word ends: the reference decides
        if ((joined & W_HAS_DIGIT) !== 0) {
          if ((joined & W_ALL_DIGITS) === 0) return mayHoldName(text.toLowerCase(), text);
          break;
        }
        end = data[at + 1];
        at += WORD_STRIDE;
      }
      if (end !== firstEnd) hash = foldedHash(folded, start, end);
    }
    if (gap !== 0) {
      if (prevLen === 1 && (gap & G_DOT) !== 0) {
        // The dot of an initial ("J. Smith") does not end a sentence: read the characters in between.
        for (let i = prevEnd; i < start; i++) {
          const c = text.charCodeAt(i);
          if (c === 32) continue;
          if (c === 46 && prevLen === 1) afterInitial = true;
          else if (endsSentence(c)) {
            sentenceStart = true;
            if (c === 10 || c === 13 || c === 58) lineStart = true;
          }
          prevLen = 0;
        }
      } else {
        if ((gap & G_END) !== 0) {
          sentenceStart = true;
          if ((gap & G_LINE) !== 0) lineStart = true;
        }
        if ((gap & G_OTHER) !== 0) prevLen = 0;
      }
      gap = 0;
    }
    prevEnd = end;
    const len = end - start;
    const first = firstChar >= 0 ? firstChar : text.charCodeAt(start);
    firstChar = -1;
    // ASCII letters: a capital is below 'a'; its lower case is `| 32`
    const capital = first < 97;
    const c = first | 32;
    const capShape = capital && len > 1 && hasAsciiLowerAfterFirst(text, start, end);
    if (capital) {
      if (len > 1 || c !== 105) anyCapital = true;
      if (capShape || len === 1) {
        if (!sentenceStart && c !== 105) capWords++;
      } else upperWords++;
    } else {
      lowerWords++;
    }
    if (afterInitial && len > 2) initialThenWord = true;
    afterInitial = false;
    // A capitalised word inside a sentence, on a new line or in a short text is looked up below anyway: its flags
    // answer the distinctive-name question too, without the Bloom filters (-1: not looked up).
    const capLookup = capShape && (!sentenceStart || lineStart || n < 48);
    let flags = -1;
    if (capShape) {
      if (capLookup || (bloomHas(names, hash) && bloomHas(namesHigh, hash >>> SECOND_FILTER_SHIFT))) {
        flags = table.flagsAtFolded(folded, start, end, hash >>> 0);
        if ((flags & NAME_FLAGS) !== 0 && (flags & NOT_DISTINCTIVE) === 0) return true;
      }
    } else if (!caselessName && bloomHas(names, hash) && bloomHas(namesHigh, hash >>> SECOND_FILTER_SHIFT)) {
      // in lower case or capitals a distinctive name counts only where the whole text is so (known at the end)
      if (waiting < MAX_WAITING) {
        waitingWords[3 * waiting] = start;
        waitingWords[3 * waiting + 1] = end;
        waitingWords[3 * waiting + 2] = hash;
        waiting++;
      } else if (isDistinctiveName(table.flagsAtFolded(folded, start, end, hash >>> 0))) caselessName = true;
    }
    if (capLookup) {
      const stem = possessiveEnd(folded, start, end);
      const f = stem !== end ? table.flagsAtFolded(folded, start, stem, foldedHash(folded, start, stem) >>> 0) : flags;
      if (f === 0 || ((f & NAME_FLAGS) !== 0 && (f & WORD_FLAG.closed) === 0)) nameLikeCapital = true;
      if ((f & (WORD_FLAG.nonName | WORD_FLAG.closed)) === 0) {
        if (!sentenceStart && ((f & WORD_FLAG.common) === 0 || (f & NAME_FLAGS) !== 0)) return true;
        if (lineStart && f === 0) return true;
      }
    }
    const kind = len <= 12 ? cueOfFolded(folded, start, end, hash) : Cue.None;
    if (kind === Cue.None && pending > 0) {
      const f = flags >= 0 ? flags : table.flagsAtFolded(folded, start, end, hash >>> 0);
      if (possibleName(f, capital, len)) return true;
      pending--;
    }
    if (kind === Cue.Before || kind === Cue.Either || kind === Cue.Title || (prevVerb && isVerbObject(folded, start, len))) pending = CUE_REACH;
    if ((kind === Cue.After || kind === Cue.Either) && nameBeforeAscii(text, folded, table, start)) return true;
    prevVerb = kind === Cue.Verb;
    prevLen = len;
    sentenceStart = false;
    lineStart = false;
  }
  const caseless = !anyCapital || (upperWords > 2 * (lowerWords + capWords) && upperWords >= 2);
  if (caseless && (initialThenWord || caselessName || anyDistinctiveName(table, folded, waiting))) return true;
  return lowerWords === 0 && nameLikeCapital && n < 48 && SHORT_NAME.test(text);
}

/** hasLowerAfterFirst for an ASCII word: a lower-case letter after its first character ("'" and "-" are below 'a'). */
function hasAsciiLowerAfterFirst(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (text.charCodeAt(k) >= 97) return true;
  return false;
}

/** Words held back by mayHoldNameInWords: start, end and hash of each (reused; texts with more look up at once). */
const waitingWords = new Int32Array(3 * MAX_WAITING);

function anyDistinctiveName(table: WordTable, text: string, waiting: number): boolean {
  for (let k = 0; k < waiting; k++) {
    const hash = waitingWords[3 * k + 2] >>> 0;
    if (isDistinctiveName(table.flagsAtFolded(text, waitingWords[3 * k], waitingWords[3 * k + 1], hash))) return true;
  }
  return false;
}

/** Whether the word after "call" / "talk" is "me", "to" or "with" (VERB_OBJECTS), in any case. */
function isVerbObject(text: string, start: number, len: number): boolean {
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (len === 2) return (a === 109 && b === 101) || (a === 116 && b === 111);
  return len === 4 && a === 119 && b === 105 && (text.charCodeAt(start + 2) | 32) === 116 && (text.charCodeAt(start + 3) | 32) === 104;
}

/** End of an ASCII word without a possessive "'s". */
function possessiveEnd(text: string, start: number, end: number): number {
  if (end - start > 3 && (text.charCodeAt(end - 1) | 32) === 115 && text.charCodeAt(end - 2) === 39) return end - 2;
  return end;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/** nameBefore (prefilter.ts) for an ASCII text (`folded`: the text or its lower case, for the lookups). */
function nameBeforeAscii(text: string, folded: string, table: WordTable, pos: number): boolean {
  let i = pos;
  for (let words = 0; words < CUE_REACH_BACK; words++) {
    while (i > 0 && !isAsciiLetter(text.charCodeAt(i - 1))) i--;
    if (i === 0) return false;
    const end = i;
    while (i > 0) {
      const b = text.charCodeAt(i - 1);
      if (isAsciiLetter(b) || ((b === 39 || b === 45) && i > 1 && isAsciiLetter(text.charCodeAt(i - 2)))) i--;
      else break;
    }
    if (possibleName(table.flagsAtFolded(folded, i, end, foldedHash(folded, i, end) >>> 0), text.charCodeAt(i) < 97, end - i)) return true;
  }
  return false;
}
