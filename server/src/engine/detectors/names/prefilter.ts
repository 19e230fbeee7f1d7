// The person-name detector's prefilter: one pass over the characters of the text (and its lower-cased copy) that
// says whether any cheap signal points to a name, so the tokenizer, cue regexes and scorer run only there.
// Words are hashed as they are read; the dictionary is consulted only for capitalised words and for words a Bloom
// filter of distinctive names does not rule out. Signals:
//  - a distinctive given or family name in any case ("joshua", "KOWALSKI"), a dictionary lookup confirming it;
//  - a capitalised word inside a sentence that is neither an everyday word nor a known non-name (or is a name);
//  - a capitalised unknown word at the start of a line or after a colon ("Name:\nLoree ...", "Bot: ... User: Jia");
//  - a title or cue word ("Dr", "name", "call me", "wife", "under", "speaking", ...) with a word next to it that
//    could be a name (a known or everyday-word name, a word the dictionaries do not know, or a capitalised word);
//  - a short text of capitalised words, one of them name-like (a bare name given as an answer).
// `mayHoldNameInWords` (prefilterWords.ts) gives the same answer from the words of the runner's one pass (ASCII
// texts), without walking the characters again; `mayHoldName` is the reference and serves all other texts.
import { nameLexicon, WORD_FLAG } from './lexicon';
import { NAME_FLAGS } from './lexiconFlags';
import { bloomHas, hashRange, type WordTable } from './wordTable';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Kinds of cue word (plain numbers, shared with prefilterWords.ts). */
export const Cue = {
  None: 0,
  Title: 1,
  /** A name may follow within a few words ("name is", "my wife", "under"). */
  Before: 2,
  /** "call", "talk": a cue only before "me" / "to" / "with". */
  Verb: 3,
  /** A name may be among the words before ("Bridgette Savary speaking", "Nolan, RN"). */
  After: 4,
  Either: 5,
} as const;
type Cue = (typeof Cue)[keyof typeof Cue];

/** Words after a cue that may hold the name ("name on the card is X"). */
export const CUE_REACH = 4;

const TITLE_WORDS = 'dr drs mr mrs ms miss mx prof professor sir madam dame mme';
// Relations, roles and introductions after which a name is written (cues.ts scores them); plurals included.
const BEFORE_WORDS =
  'named surnames nickname firstname lastname fullname username husband husbands hus wife wives son sons ' +
  'daughter daughters dau dtr mother mothers mom moms mum dad dads father fathers brother brothers sister sisters ' +
  'sis bro niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather friend friends boyfriend ' +
  'girlfriend fiance fiancé fiancee fiancée partner spouse proxy caseworker surgeon physician pcp nurse coordinator ' +
  'chaplain therapist pharmacist manager colleague boss neighbor neighbour landlord tenant child kid baby ' +
  'signed sincerely regards dear meet met married spoke hi hello hey hola hallo bonjour bonsoir coucou ciao salut hej hei hoi servus moin merhaba ahoj witam zdravo namaste ' +
  'thanks thank said says asked told replied ' +
  'thanked starring featuring known under holder cardholder beneficiary payee recipient employee patient pt';
/** Cues on either side: "my name is X", "X is my name". */
const EITHER_WORDS = 'name names surname';
const AFTER_WORDS = 'speaking rn rrt np';
const VERB_WORDS = 'call calls called talk talked';
export const VERB_OBJECTS = new Set(['me', 'to', 'with']);

/** Cue words by hash; `cueBits` rules most words out with one typed-array read. */
const CUES = new Map<number, { word: string; kind: Cue }[]>();
const CUE_BITS = new Uint32Array(128); // 4096 bits
for (const [list, kind] of [[TITLE_WORDS, Cue.Title], [BEFORE_WORDS, Cue.Before], [EITHER_WORDS, Cue.Either], [VERB_WORDS, Cue.Verb], [AFTER_WORDS, Cue.After]] as const) {
  for (const word of list.split(' ')) {
    const h = hashRange(word, 0, word.length);
    let bucket = CUES.get(h);
    if (!bucket) CUES.set(h, (bucket = []));
    bucket.push({ word, kind });
    CUE_BITS[(h & 4095) >>> 5] |= 1 << (h & 31);
  }
}

/** The hash of every cue word (for filters that rule cue words out along with other words). */
export function cueWordHashes(): number[] {
  return [...CUES.keys()];
}

/** Cue words by their hash as a signed 32-bit integer (mayHoldNameInWords keeps hashes so). */
const CUES_SIGNED = new Map<number, { word: string; kind: Cue }[]>([...CUES].map(([h, bucket]) => [h | 0, bucket]));

/**
 * The cue kind of an ASCII word text[start, end) read in any case (compared as `c | 32`); `hash` is the signed hash
 * of its lower case.
 */
export function cueOfFolded(text: string, start: number, end: number, hash: number): Cue {
  if ((CUE_BITS[(hash & 4095) >>> 5] & (1 << (hash & 31))) === 0) return Cue.None;
  const bucket = CUES_SIGNED.get(hash);
  if (bucket === undefined) return Cue.None;
  const len = end - start;
  for (let b = 0; b < bucket.length; b++) {
    const word = bucket[b].word;
    if (word.length !== len) continue;
    let k = 0;
    while (k < len && word.charCodeAt(k) === (text.charCodeAt(start + k) | 32)) k++;
    if (k === len) return bucket[b].kind;
  }
  return Cue.None;
}

function cueOf(lower: string, start: number, end: number, hash: number): Cue {
  if ((CUE_BITS[(hash & 4095) >>> 5] & (1 << (hash & 31))) === 0) return Cue.None;
  const bucket = CUES.get(hash);
  if (!bucket) return Cue.None;
  for (const c of bucket) if (c.word.length === end - start && lower.startsWith(c.word, start)) return c.kind;
  return Cue.None;
}

/** ASCII letters (one typed-array read for the common case). */
const ASCII_LETTER = new Uint8Array(0xc0);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 32] = 1;

/** A letter (or combining mark) that can be part of a word; punctuation, symbols and emoji are not. */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return ASCII_LETTER[c] === 1;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  return c < 0xd800 || (c > 0xdfff && c < 0xfe00); // surrogates (emoji), variation selectors, specials
}

/** Characters between words after which a capital says nothing (tokens.ts treats them as sentence starts). */
export function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 59 || c === 58 || c === 34 || c === 0x201c ||
    c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 0x2022 || c === 124 || c === 62 || c === 42;
}

export const NOT_DISTINCTIVE = WORD_FLAG.common | WORD_FLAG.nonName | WORD_FLAG.ambiguous;
export const SHORT_NAME = /^\s*\p{Lu}[\p{L}'’.-]*(?:,?\s+[\p{Lu}][\p{L}'’.-]*){0,3}[\s.!,]*$/u;

export function mayHoldName(lower: string, text: string): boolean {
  const n = text.length;
  // Lower-casing changed the length (rare letters such as "İ"): offsets no longer line up, let the scan decide.
  if (lower.length !== n) return true;
  const lex = nameLexicon();
  const table = lex.table;
  const names = lex.distinctiveNames;
  let sentenceStart = true;
  let lineStart = true;
  let lowerWords = 0;
  let upperWords = 0;
  let capWords = 0;
  let anyCapital = false;
  // A distinctive name in lower case or capitals; an initial with its dot followed by a word.
  let caselessName = false;
  let afterInitial = false;
  let initialThenWord = false;
  // Some capitalised word could be a name (a bare answer "Talkington", not "Hello" or "Correct.").
  let nameLikeCapital = false;
  // Words after a cue still to look at, and the previous word (for cues that follow a name).
  let pending = 0;
  // Lower-case or all-caps words that pass the Bloom filter, looked up only if the text is caseless.
  let waiting = 0;
  let prevVerb = false;
  let prevLen = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // The dot of an initial ("J. Smith") does not end a sentence.
      if (c === 46 && prevLen === 1) afterInitial = true;
      else if (endsSentence(c)) {
        sentenceStart = true;
        if (c === 10 || c === 13 || c === 58) lineStart = true;
      }
      if (c !== 32) prevLen = 0;
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    // `d` is the character the next round hashes: each character is read once.
    let d = c;
    for (;;) {
      h = Math.imul(h ^ d, FNV_PRIME);
      i++;
      if (i >= n) break;
      d = lower.charCodeAt(i);
      if (isWordChar(d)) continue;
      // Inner apostrophes and hyphens ("o'brien", "forman-lyons").
      if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) continue;
      break;
    }
    const end = i;
    const hash = h >>> 0;
    const len = end - start;
    const capital = text.charCodeAt(start) !== c;
    // Word shapes as the scan sees them: 'cap' (a capital and lower case), 'upper' (all capitals), initial, lower.
    const capShape = capital && len > 1 && hasLowerAfterFirst(text, lower, start, end);
    if (capital) {
      if (len > 1 || c !== 105) anyCapital = true; // a lone "I" keeps a text lower-case
      if (capShape || len === 1) {
        if (!sentenceStart && c !== 105) capWords++;
      } else upperWords++;
    } else {
      lowerWords++;
    }
    if (afterInitial && len > 2) initialThenWord = true;
    afterInitial = false;
    if (bloomHas(names, hash)) {
      // Capitalised, a distinctive name is a name candidate anywhere; in lower case or capitals only where the whole
      // text is so, which is known at the end: those lookups wait (most texts are not caseless, and ~13% of all
      // words pass the Bloom filter).
      if (capShape) {
        const f = table.flagsAtHashed(lower, start, end, hash);
        if ((f & NAME_FLAGS) !== 0 && (f & NOT_DISTINCTIVE) === 0) return true;
      } else if (!caselessName) {
        if (waiting < MAX_WAITING) {
          waitingWords[3 * waiting] = start;
          waitingWords[3 * waiting + 1] = end;
          waitingWords[3 * waiting + 2] = hash;
          waiting++;
        } else if (isDistinctiveName(table.flagsAtHashed(lower, start, end, hash))) caselessName = true;
      }
    }
    if (capShape) {
      // Mid-text sentence starts say nothing unless the text may be a bare answer (no lookup there).
      if (!sentenceStart || lineStart || n < 48) {
        const stem = possessiveEnd(lower, start, end);
        const f = stem === end ? table.flagsAtHashed(lower, start, end, hash) : table.flagsAt(lower, start, stem);
        if (f === 0 || ((f & NAME_FLAGS) !== 0 && (f & WORD_FLAG.closed) === 0)) nameLikeCapital = true;
        if ((f & (WORD_FLAG.nonName | WORD_FLAG.closed)) === 0) {
          if (!sentenceStart && ((f & WORD_FLAG.common) === 0 || (f & NAME_FLAGS) !== 0)) return true;
          if (lineStart && f === 0) return true;
        }
      }
    }
    const kind = len <= 12 ? cueOf(lower, start, end, hash) : Cue.None;
    if (kind === Cue.None && pending > 0) {
      const f = table.flagsAtHashed(lower, start, end, hash);
      if (possibleName(f, capital, len)) return true;
      pending--;
    }
    if (kind === Cue.Before || kind === Cue.Either || kind === Cue.Title || (prevVerb && len <= 4 && VERB_OBJECTS.has(lower.slice(start, end)))) pending = CUE_REACH;
    if ((kind === Cue.After || kind === Cue.Either) && nameBefore(lower, text, table, start)) return true;
    prevVerb = kind === Cue.Verb;
    prevLen = len;
    sentenceStart = false;
    lineStart = false;
  }
  // Texts without capitalisation to go by: a distinctive name, or an initial and a word ("q. lander").
  const caseless = !anyCapital || (upperWords > 2 * (lowerWords + capWords) && upperWords >= 2);
  if (caseless && (initialThenWord || caselessName || anyDistinctiveName(table, lower, waiting))) return true;
  // A bare name given as an answer ("Maribeth Quarrington", "Odile, Brackenridge").
  return lowerWords === 0 && nameLikeCapital && n < 48 && SHORT_NAME.test(text);
}

export function isDistinctiveName(flags: number): boolean {
  return (flags & NAME_FLAGS) !== 0 && (flags & NOT_DISTINCTIVE) === 0;
}

/** Words held back by mayHoldName: start, end and hash of each (reused; texts with more look up at once). */
export const MAX_WAITING = 64;
const waitingWords = new Int32Array(3 * MAX_WAITING);

function anyDistinctiveName(table: WordTable, lower: string, waiting: number): boolean {
  for (let k = 0; k < waiting; k++) {
    const hash = waitingWords[3 * k + 2] >>> 0;
    if (isDistinctiveName(table.flagsAtHashed(lower, waitingWords[3 * k], waitingWords[3 * k + 1], hash))) return true;
  }
  return false;
}

function hasLowerAfterFirst(text: string, lower: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const c = lower.charCodeAt(k);
    if (text.charCodeAt(k) === c && (c >= 97 ? c <= 122 || c >= 0xc0 : false)) return true;
  }
  return false;
}

/** End of the word without a possessive "'s" / "’s". */
function possessiveEnd(lower: string, start: number, end: number): number {
  if (end - start > 3 && lower.charCodeAt(end - 1) === 115) {
    const q = lower.charCodeAt(end - 2);
    if (q === 39 || q === 0x2019) return end - 2;
  }
  return end;
}

/** Words before a cue that may hold the name ("Tammie Voglund is my name"). */
export const CUE_REACH_BACK = 4;

/** Whether one of the CUE_REACH_BACK words before `pos` could be a name (read backwards; only after a cue). */
function nameBefore(lower: string, text: string, table: WordTable, pos: number): boolean {
  let i = pos;
  for (let words = 0; words < CUE_REACH_BACK; words++) {
    while (i > 0 && !isWordChar(lower.charCodeAt(i - 1))) i--;
    if (i === 0) return false;
    const end = i;
    while (i > 0 && (isWordChar(lower.charCodeAt(i - 1)) || (isInnerMark(lower.charCodeAt(i - 1)) && i > 1 && isWordChar(lower.charCodeAt(i - 2))))) i--;
    if (possibleName(table.flagsAt(lower, i, end), text.charCodeAt(i) !== lower.charCodeAt(i), end - i)) return true;
  }
  return false;
}

function isInnerMark(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** A word after (or before) a cue that could be a name: unknown to the dictionaries, a name, or capitalised. */
export function possibleName(flags: number, capital: boolean, len: number): boolean {
  if (len < 2 || (flags & (WORD_FLAG.nonName | WORD_FLAG.closed)) !== 0) return false;
  return flags === 0 || capital || (flags & (NAME_FLAGS | WORD_FLAG.ambiguous)) !== 0;
}
