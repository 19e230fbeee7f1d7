// Per-token facts the person-name scanner asks about: dictionary bits, derived everyday/closed bits, word shapes,
// the case mode of a text, and small character checks that build no substrings.
import { fnvRange } from '../fnv';
import type { NameLexicon } from './lexicon';
import { WORD_FLAG } from './lexiconFlags';
import type { Token } from './tokens';
import {
  CHAT_WORDS, FUNCTION_WORDS, GREETINGS, HONORIFICS, NAME_PARTICLES, ORG_OR_PLACE_FOLLOWERS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, TITLES, WORDY_SUFFIX,
} from './words';

export type CaseMode = 'mixed' | 'upper' | 'lower';

// Family-name endings common across Europe and Asia ("Gairbekov", "Sumarliðason", "Bošnjak", "Ogasahara").
export const SURNAME_SHAPE = /(?:ov|ova|ev|eva|ski|ska|sky|cki|cka|wicz|vich|vić|ić|sson|sen|dóttir|dottir|enko|chuk|czyk|escu|oglu|oğlu|yan|ian|idze|shvili|ová|ková|ský|aki|moto|yama|hara|mura|kawa|saki|uchi|nen|lainen|inen|ez|ini|elli|etti|ucci|poulos|akis|oulis|ák|ek)$/;

export const CLOSED = new Set([...FUNCTION_WORDS, ...CHAT_WORDS, ...GREETINGS]);

/** Texts written all in capitals (clinical notes) or all in lower case carry no capitalisation signal. */
export function caseMode(tokens: Token[]): CaseMode {
  let cap = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape === 'lower') lower++;
    else if (t.shape === 'upper') upper++;
    else if (!t.sentenceStart && (t.shape === 'cap' || (t.shape === 'initial' && t.lower !== 'i'))) cap++; // (a 'cap' word has two letters or more)
  }
  if (upper > 2 * (lower + cap) && upper >= 2) return 'upper';
  if (cap === 0 && upper === 0 && !tokens.some((t) => t.shape !== 'lower' && t.lower !== 'i')) return 'lower';
  return 'mixed';
}

export function isClosed(t: Token): boolean {
  return (t.flags & CLOSED_TOKEN) !== 0;
}

/** Dictionary bits of a token, plus the two derived facts the scorer asks about most. */
const EVERYDAY = 1 << 8;
const CLOSED_TOKEN = 1 << 9;

export function has(t: Token, bit: number): boolean {
  return (t.flags & bit) !== 0;
}

/** An everyday word, including hyphenated compounds of everyday words ("half-past", "nine-thirty"). */
export function everyday(t: Token): boolean {
  return (t.flags & EVERYDAY) !== 0;
}

/** A title or honorific (words.ts TITLES): set by tokenFlags so the scanner needs no set lookup per token. */
export const TITLE_TOKEN = 1 << 10;

// Membership of the scorer's short word lists and its word-shape regexes, also set by tokenFlags (once per word).
const PARTICLE_TOKEN = 1 << 11;
const ORG_FOLLOWER_TOKEN = 1 << 12;
const PLACE_LAST_TOKEN = 1 << 13;
const PLACE_FIRST_TOKEN = 1 << 14;
const WORDY_TOKEN = 1 << 15;
const SURNAME_SHAPED_TOKEN = 1 << 16;
const HONORIFIC_TOKEN = 1 << 17;
/** The word "and" (lists and pairs of names look for it: a bit test instead of a string comparison per token). */
const AND_TOKEN = 1 << 18;
/** The dictionary bits and the everyday and closed bits (what noWordFlags asks about). */
const WORD_BITS = (1 << 10) - 1;

/** A particle inside family names (words.ts NAME_PARTICLES: "van", "de", "al"). */
export function isParticle(t: Token): boolean {
  return (t.flags & PARTICLE_TOKEN) !== 0;
}

/** A word that makes the capitalised run before it an organisation or a place (words.ts ORG_OR_PLACE_FOLLOWERS). */
export function isOrgOrPlaceFollower(t: Token): boolean {
  return (t.flags & ORG_FOLLOWER_TOKEN) !== 0;
}

/** Last word of a place or venue name (words.ts PLACE_LAST_WORDS). */
export function isPlaceLastWord(t: Token): boolean {
  return (t.flags & PLACE_LAST_TOKEN) !== 0;
}

/** First word of a place name (words.ts PLACE_FIRST_WORDS). */
export function isPlaceFirstWord(t: Token): boolean {
  return (t.flags & PLACE_FIRST_TOKEN) !== 0;
}

/** An honorific title (words.ts HONORIFICS). */
export function isHonorific(t: Token): boolean {
  return (t.flags & HONORIFIC_TOKEN) !== 0;
}

/** The word "and" ("&" is no token: tokens are words of letters). */
export function isAnd(t: Token): boolean {
  return (t.flags & AND_TOKEN) !== 0;
}

/** Ends like a family name (SURNAME_SHAPE). */
export function surnameShaped(t: Token): boolean {
  return (t.flags & SURNAME_SHAPED_TOKEN) !== 0;
}

// tokenFlags by word: texts repeat the same everyday words. A direct-mapped cache (one slot per hash, the newest word
// wins) answers a repeated word for a hash of its characters and one string comparison, cheaper than a Map lookup of a
// freshly sliced string (V8 hashes it, then probes and compares). A slot is two neighbouring elements of one array, the
// word and its flags, so a lookup reads one cache line of the array (two with separate word and flag arrays).
const FLAGS_CACHE_BITS = 16;
const FLAGS_CACHE_MASK = (1 << FLAGS_CACHE_BITS) - 1;
const cache: (string | number | undefined)[] = [];
for (let k = 0; k < 1 << FLAGS_CACHE_BITS; k++) cache.push(undefined, 0);

// A slot's word of up to MAX_PACKED characters of PACKED_CODE is also kept as a packed key: two int32 of five bits
// per character (codes 1-29, six characters each; unique per word, as no code is 0). internWord recognises a repeated
// word by one read of its characters and two integer comparisons, where a comparison with the cached string reads
// the characters of both. -1: the slot's word has no packed key (longer, other characters, or filled by tokenFlags).
const MAX_PACKED = 12;
const keys = new Int32Array(2 << FLAGS_CACHE_BITS).fill(-1);
/** Code of each ASCII character of a packed key (0: none): a-z 1-26, ' 27, - 28, . 29. */
const PACKED_CODE = new Uint8Array(128);
for (let c = 97; c <= 122; c++) PACKED_CODE[c] = c - 96;
PACKED_CODE[39] = 27;
PACKED_CODE[45] = 28;
PACKED_CODE[46] = 29;

export function tokenFlags(lex: NameLexicon, lower: string): number {
  const slot = fnvRange(lower, 0, lower.length) & FLAGS_CACHE_MASK;
  if (cache[2 * slot] === lower) return cache[2 * slot + 1] as number;
  const f = wordFlags(lex, lower);
  cache[2 * slot] = lower;
  cache[2 * slot + 1] = f;
  keys[2 * slot] = -1;
  return f;
}

/**
 * The cache slot of the lower-cased word lower[start, end) whose FNV hash is `hash`, filled for that word: its
 * string (internedWord: the cached string itself, so a repeated word builds no new string) and its flags
 * (internedFlags, tokenFlags' answer).
 */
export function internWord(lex: NameLexicon, lower: string, start: number, end: number, hash: number): number {
  const slot = hash & FLAGS_CACHE_MASK;
  if (end - start <= MAX_PACKED) {
    let lo = 0;
    let hi = 0;
    let k = start;
    const mid = Math.min(end, start + 6);
    for (; k < mid; k++) {
      const c = lower.charCodeAt(k);
      const code = c < 128 ? PACKED_CODE[c] : 0;
      if (code === 0) break;
      lo = (lo << 5) | code;
    }
    if (k === mid) {
      for (; k < end; k++) {
        const c = lower.charCodeAt(k);
        const code = c < 128 ? PACKED_CODE[c] : 0;
        if (code === 0) break;
        hi = (hi << 5) | code;
      }
    }
    if (k === end) {
      if (keys[2 * slot] === lo && keys[2 * slot + 1] === hi) return slot;
      fillSlot(lex, slot, lower.slice(start, end));
      keys[2 * slot] = lo;
      keys[2 * slot + 1] = hi;
      return slot;
    }
  }
  const cached = cache[2 * slot];
  if (cached !== undefined && sameChars(cached as string, lower, start, end)) return slot;
  fillSlot(lex, slot, lower.slice(start, end));
  keys[2 * slot] = -1;
  return slot;
}

function fillSlot(lex: NameLexicon, slot: number, word: string): void {
  cache[2 * slot] = word;
  cache[2 * slot + 1] = wordFlags(lex, word);
}

function sameChars(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(start + k)) return false;
  return true;
}

export function internedWord(slot: number): string {
  return cache[2 * slot] as string;
}

export function internedFlags(slot: number): number {
  return cache[2 * slot + 1] as number;
}

/** The dictionary bits of a word and the derived bits (everyday, closed, titles, word lists, word shapes). */
function wordFlags(lex: NameLexicon, lower: string): number {
  let f = lex.flags(lower);
  if ((f & WORD_FLAG.common) !== 0 || (lower.includes('-') && lower.split('-').every((p) => p === '' || lex.common.has(p)))) f |= EVERYDAY;
  if ((f & WORD_FLAG.closed) !== 0 || GREETINGS.has(lower) || (lower.endsWith('.') && lex.closed.has(lower.slice(0, -1)))) f |= CLOSED_TOKEN;
  if (TITLES.has(lower)) f |= TITLE_TOKEN;
  if (NAME_PARTICLES.has(lower)) f |= PARTICLE_TOKEN;
  if (ORG_OR_PLACE_FOLLOWERS.has(lower)) f |= ORG_FOLLOWER_TOKEN;
  if (PLACE_LAST_WORDS.has(lower)) f |= PLACE_LAST_TOKEN;
  if (PLACE_FIRST_WORDS.has(lower)) f |= PLACE_FIRST_TOKEN;
  if (HONORIFICS.has(lower)) f |= HONORIFIC_TOKEN;
  if (WORDY_SUFFIX.test(lower)) f |= WORDY_TOKEN;
  if (SURNAME_SHAPE.test(lower)) f |= SURNAME_SHAPED_TOKEN;
  if (lower === 'and') f |= AND_TOKEN;
  return f;
}

/** No dictionary or derived word bits at all (the title and word-list bits aside): a word the dictionaries do not know. */
export function noWordFlags(t: Token): boolean {
  return (t.flags & WORD_BITS) === 0;
}

export function isTitle(t: Token): boolean {
  return (t.flags & TITLE_TOKEN) !== 0;
}

export function isFirst(t: Token): boolean {
  return (t.flags & WORD_FLAG.first) !== 0;
}

export function isLast(t: Token): boolean {
  return (t.flags & WORD_FLAG.last) !== 0;
}

/** A word that is also something other than a name: an ambiguous name, an everyday word, or a wordy derivation. */
export function isAmb(t: Token): boolean {
  return has(t, WORD_FLAG.ambiguous) || everyday(t) || (!isFirst(t) && !isLast(t) && (t.flags & WORDY_TOKEN) !== 0);
}

/**
 * Not in any dictionary. All-caps words inside mixed-case text are acronyms unless a dictionary knows them; in text
 * written all in capitals they are ordinary words.
 */
export function unknown(t: Token, mode: CaseMode): boolean {
  return !isFirst(t) && !isLast(t) && !isAmb(t) && t.lower.length > 1 && (t.shape !== 'upper' || mode !== 'mixed');
}

export function capitalised(t: Token): boolean {
  return t.shape === 'cap';
}

/** A gap of one to three spaces or tabs (words of one name). */
export function isSpaceGap(gap: string): boolean {
  const n = gap.length;
  if (n < 1 || n > 3) return false;
  for (let k = 0; k < n; k++) {
    const c = gap.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The gap before a token is one to three spaces or tabs (isSpaceGap without building the gap string; the tokenizers read it once). */
export function spaceGap(t: Token): boolean {
  return t.spaced;
}

/** The word ends with a dot ("J.", "Dr."). */
export function endsWithDot(t: Token): boolean {
  return t.source.charCodeAt(t.end - 1) === 46;
}

/** Whether text[from, to) holds only white space (as regex \s) and characters of `marks` (no substring built). */
export function onlyChars(text: string, from: number, to: number, marks: string): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isWhiteSpace(c) && marks.indexOf(text[k]) < 0) return false;
  }
  return true;
}

/** The characters of regex \s. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/** isCommon for a bare string (signatures). */
export function isCommonWord(lex: NameLexicon, word: string): boolean {
  if (lex.common.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((p) => p === '' || lex.common.has(p));
}
