// Name tokens of an ASCII text built from the words the runner's one pass recorded (TextWords), instead of reading
// the characters again: the same tokens, in the same order, with the same fields as tokenize() gives, and their
// dictionary bits filled in from the hash the pass computed.
//
// The pass's words are runs of ASCII letters and digits; a name token is a run of letters, joined to the next run
// by one apostrophe or hyphen ("o'brien", "smith-jones"), with a trailing dot kept for initials and abbreviations
// and a possessive "'s" left out. So: a word of digits holds no token, a word with digits holds one letter run per
// stretch of letters, and two runs separated by exactly one ' or - are one token.
import { FNV_PRIME, fnvRange } from '../fnv';
import { G_DOT, G_END, G_JOIN, GAP_BITS, W_ALL_DIGITS, W_HAS_DIGIT, WORD_STRIDE } from '../textWords';
import type { TextWords } from '../types';
import type { NameLexicon } from './lexicon';
import { internedFlags, internedWord, internWord } from './tokenFacts';
import { ABBREVIATIONS, spacedGap, Token, type Shape } from './tokens';

/** The longest abbreviation whose dot stays in its token (tokens.ts ABBREVIATIONS). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * The tokens tokenize(text, lower) finds, with their flags set (tokenFacts.ts tokenFlags). `words` must be the one
 * pass's words of this ASCII text (or of its lower case).
 */
export function tokensFromWords(text: string, lower: string, words: TextWords, lex: NameLexicon): Token[] {
  const out: Token[] = [];
  const data = words.data;
  const count = words.count;
  // The token being built stays open until a run arrives that does not join it: [start, end), the hash of the
  // lower case while it is one run, whether a sentence ends before it. (State in locals: the hottest loop here.)
  let open = false;
  let start = 0;
  let end = 0;
  let hash = 0;
  let joined = false;
  let sentenceStart = true;
  let spaced = false;
  // a word with digits lies in the gap since the last token (its bits do not show the digits)
  let digitsInGap = false;
  // where the last token's characters end (its dot included), and the G_* bits of the characters since `end`
  let prevEnd = 0;
  let gapBits = 0;
  // the next word to read, and where to go on inside a word of letters and digits (-1: at no such word)
  let k = 0;
  let inner = -1;
  let innerEnd = 0;
  for (;;) {
    let s: number;
    let e: number;
    let h: number;
    // the gap bits of the pass word the run is (0 for a stretch inside a word with digits)
    let runInfo = 0;
    if (inner >= 0) {
      // the next stretch of letters of a word with digits (digits skipped here lie in the next token's gap)
      const from = inner;
      while (inner < innerEnd && text.charCodeAt(inner) <= 57) inner++;
      if (inner > from) digitsInGap = true;
      if (inner === innerEnd) {
        inner = -1;
        continue;
      }
      s = inner;
      while (inner < innerEnd && text.charCodeAt(inner) > 57) inner++;
      e = inner;
      h = fnvRange(lower, s, e);
    } else {
      if (k === count) break;
      const at = k * WORD_STRIDE;
      k++;
      const info = data[at + 3];
      gapBits |= info & 0xff;
      if ((info & W_HAS_DIGIT) !== 0) {
        digitsInGap = true;
        // a number holds no token; a word of letters and digits one per stretch of letters
        if ((info & W_ALL_DIGITS) === 0) {
          inner = data[at];
          innerEnd = data[at + 1];
        }
        continue;
      }
      s = data[at];
      e = data[at + 1];
      h = data[at + 2];
      runInfo = info;
    }
    if (open) {
      // A one-character gap is all of a pass word's gap: its bits tell an apostrophe or hyphen (G_JOIN); a stretch
      // inside a word with digits reads it.
      if (s === end + 1 && (inner >= 0 ? isJoiner(lower.charCodeAt(s - 1)) : (runInfo & G_JOIN) !== 0)) {
        // one apostrophe or hyphen between two runs: one word ("o'brien"); the joiner ends no sentence
        end = e;
        joined = true;
        gapBits = 0;
        continue;
      }
      prevEnd = pushToken(out, text, lower, lex, start, end, hash, joined, prevEnd, sentenceStart, spaced, (gapBits & G_DOT) !== 0);
      // a dot taken into the token is not in the gap: read the gap again without it
      if (prevEnd > end && (gapBits & G_END) !== 0) gapBits = gapBitsOf(text, prevEnd, s);
    }
    open = true;
    start = s;
    end = e;
    hash = h;
    joined = false;
    sentenceStart = out.length === 0 || (gapBits & G_END) !== 0;
    // a gap of spaces alone (no bits, no digits) needs no reading
    spaced = gapBits === 0 && !digitsInGap ? s - prevEnd >= 1 && s - prevEnd <= 3 : spacedGap(text, prevEnd, s);
    gapBits = 0;
    digitsInGap = false;
  }
  if (open) pushToken(out, text, lower, lex, start, end, hash, joined, prevEnd, sentenceStart, spaced, true);
  return out;
}

/**
 * Adds the token of the runs text[start, runEnd) (as tokens.ts pushToken does); `runHash` is the hash of
 * lower[start, runEnd) unless runs were `joined`; `dotMayFollow` false: the gap after the runs holds no '.' (its pass
 * bits say so). Returns where the token's characters end (its dot included).
 */
function pushToken(
  out: Token[], text: string, lower: string, lex: NameLexicon, start: number, runEnd: number, runHash: number, joined: boolean, gapStart: number,
  sentenceStart: boolean, spaced: boolean, dotMayFollow: boolean,
): number {
  let end = runEnd;
  // (dots, apostrophes and the letter s are read in the lower case: a flat string, cheaper to read than a slice of
  // a document; an ASCII text's lower case has the same length and punctuation)
  // A trailing dot belongs to initials and abbreviations ("J.", "Dr."), not to a word that ends a sentence.
  if (dotMayFollow && end < lower.length && lower.charCodeAt(end) === 46 && (end - start < 2 || (end - start <= MAX_ABBREVIATION && ABBREVIATIONS.has(lower.slice(start, end))))) end++;
  const consumed = end;
  // Possessive: "Daniel's daughter" names Daniel (an apostrophe inside a token joined two runs).
  let possessive = false;
  if (joined && end - start > 3 && lower.charCodeAt(end - 1) === 115 && lower.charCodeAt(end - 2) === 39) {
    possessive = true;
    end -= 2;
  }
  let hash: number;
  if (!joined && end === runEnd) hash = runHash;
  else if (!joined && end === runEnd + 1) hash = Math.imul(runHash ^ 46, FNV_PRIME);
  else hash = fnvRange(lower, start, end);
  const slot = internWord(lex, lower, start, end, hash);
  out.push(new Token(text, start, end, gapStart, internedWord(slot), asciiShapeOf(text, start, end), sentenceStart, possessive, spaced, internedFlags(slot)));
  return consumed;
}

/**
 * shapeOf for an ASCII word (letters, inner ' and -, a trailing dot), reading no more of the text than it needs: a
 * word in lower case is known by its first letter, a capitalised one by its first lower-case letter.
 */
function asciiShapeOf(text: string, start: number, end: number): Shape {
  const c0 = text.charCodeAt(start);
  if (c0 >= 97) return 'lower';
  let letters = 1;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97) return 'cap';
    if (c >= 65) letters++;
  }
  return letters === 1 ? 'initial' : 'upper';
}

/** An apostrophe or hyphen. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 45;
}

/** G_* bits of the characters text[from, to) (ASCII). */
function gapBitsOf(text: string, from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) bits |= GAP_BITS[c];
  }
  return bits;
}
