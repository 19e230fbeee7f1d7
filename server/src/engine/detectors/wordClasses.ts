// One pass over a lower-cased text that answers "does it hold a word of class X" for the address, location and
// health detectors' prefilters. Words are hashed on the fly from their char codes (no strings are made) and looked
// up in one small open-addressing table; a few classes also need a word pair ("is at", "medical center") or a
// mark or digit after the word ("u.", "No. 5"). The result is kept for the last text, so the runner
// pays for one scan however many of these detectors ask. Prefilters only: a rare hash collision costs a wasted
// detect(), never a miss.
import { FNV_BASIS, FNV_PRIME, fnvRange } from './fnv';
import { STREET_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES } from './address/lexicon';
import { healthTermKeys } from './health/terms';
import { LOCATION_WORDS } from './health/locationWords';

/** A street word (type, prefix, compound ending), unit, box or military mail word, or "address". */
export const W_ADDRESS = 1 << 0;
/** An address cue ("lives at", "is on", "sent ... to") with a digit after it. */
export const W_ADDRESS_CUE = 1 << 1;
/** A hospital or care-facility word ("hospital", "memorial", "medical center"). */
export const W_FACILITY = 1 << 2;
/** A home cue word followed by in/from/to/at within nine words ("lives in", "moved here from"). */
export const W_HOME = 1 << 3;
/** A clinical word ("pt", "icu", "mg", "dx"). */
export const W_CLINICAL = 1 << 4;
/** A word of a health term (condition, medication, procedure, status). */
export const W_HEALTH = 1 << 5;
/** A move cue word ("transferred", "arrived", "went") or "at": where a patient was sent or came from. */
export const W_MOVE = 1 << 6;
/** A place preposition ("in", "from", "of"): a town, hospital or ward may follow in clinical text. */
export const W_PLACE_PREP = 1 << 7;

// Entry-only bits (never in a result).
/** Counts only when a '.' or '/' follows ("u." in Hungarian addresses, "c/" in Spanish ones). */
const DOT_ONLY = 1 << 17;
/** "no" is a unit word only before a digit, '.' or '#' ("No. 5", "no 12"). */
const UNIT_NO = 1 << 18;
/** Arms an address cue for the next word ("is", "lives"). */
const ARM_ADDRESS_NEAR = 1 << 19;
/** Arms an address cue for the next four words ("send", "deliver"). */
const ARM_ADDRESS_FAR = 1 << 20;
/** Arms an address cue for the next three words ("meet", "drops"). */
const ARM_ADDRESS_MID = 1 << 28;
/** Completes an armed address cue: at, on, in, to, of. */
const ADDRESS_PREP = 1 << 21;
/** "med", "health": a facility when "center"/"centre" follows. */
const ARM_CENTER = 1 << 24;
const CENTER_WORD = 1 << 25;
/** Arms a home cue for the next nine words (LIVES_IN allows 30 characters); in/from/to/at complete it. */
const ARM_HOME = 1 << 26;
const HOME_PREP = 1 << 27;
const RESULT_BITS = 0xffff;

export { FNV_BASIS, FNV_PRIME };

/** Letters (ASCII and most other scripts) and digits are word characters; everything else separates words. */
function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;

function hashWord(w: string): number {
  const h = fnvRange(w, 0, w.length);
  return h === 0 ? 1 : h;
}

/** Hash of a word read backwards (for compound endings: "...strasse" -> "essarts"). */
function hashReversed(w: string): number {
  let h = FNV_BASIS;
  for (let i = w.length - 1; i >= 0; i--) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h === 0 ? 1 : h;
}

export class HashTable {
  readonly keys: Int32Array;
  readonly vals: Int32Array;
  readonly mask: number;
  constructor(bits: number) {
    this.keys = new Int32Array(1 << bits);
    this.vals = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }
  add(h: number, flags: number): void {
    let slot = (h ^ (h >>> 15)) & this.mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
    this.keys[slot] = h;
    this.vals[slot] |= flags;
  }
  get(h: number): number {
    const keys = this.keys;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = keys[slot];
      if (k === h) return this.vals[slot];
      if (k === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}

interface Tables {
  words: HashTable;
  endings: HashTable;
  endingLengths: number[];
}

let tables: Tables | undefined;

/** Splits a lexicon entry the way the scanner splits text (letters and digits only). */
function wordsOf(entry: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of entry) {
    if (isWordChar(ch.charCodeAt(0))) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

const UNIT_WORDS = 'apt apartment suite ste unit flat fl floor room rm bldg building box postbox psc cmr apo fpo dpo uss usns usnv uscgc apartado caixa boîte address addresses';
// The cue regex (address/scan.ts CUE) wants these right before at/on/in/to ("is at", "lives in", "corner of") ...
const ADDRESS_NEAR = 'lives live lived living resides reside residing located situated based arrived stop stay staying its s is are moved move corner side enter';
// ... these up to two words before it ("meet me at", "drops you off at") ...
const ADDRESS_MID = 'meet drop drops';
// ... and these up to three words before "to" ("send a new one to", "ship it to").
const ADDRESS_FAR = 'sent send ship shipped deliver delivered mail mailed return returned taxi refers';

function build(): Tables {
  const words = new HashTable(13);
  const add = (list: Iterable<string>, flags: number) => {
    for (const entry of list) {
      const parts = wordsOf(entry.toLowerCase());
      if (parts.length === 0) continue;
      // "u." / "c/": a one-letter abbreviation counts only with its mark
      const mark = parts.length === 1 && parts[0].length === 1 && /[./]$/.test(entry);
      words.add(hashWord(parts[0]), mark ? (flags & ~W_ADDRESS) | DOT_ONLY : flags);
    }
  };
  const split = (s: string) => s.split(' ');
  add([...STREET_SUFFIXES, ...STREET_PREFIXES].filter((w) => w !== 'no' && !/^[a-zλ][./]$/.test(w)), W_ADDRESS);
  for (const w of [...STREET_SUFFIXES, ...STREET_PREFIXES]) if (/^[a-zλ][./]$/.test(w)) words.add(hashWord(w[0]), DOT_ONLY);
  add(split(UNIT_WORDS), W_ADDRESS);
  words.add(hashWord('no'), UNIT_NO);
  add(split(ADDRESS_NEAR), ARM_ADDRESS_NEAR);
  add(split(ADDRESS_FAR), ARM_ADDRESS_FAR);
  add(split(ADDRESS_MID), ARM_ADDRESS_MID);
  add(split('at on in to of'), ADDRESS_PREP);
  add(LOCATION_WORDS.facility, W_FACILITY);
  add(LOCATION_WORDS.home, ARM_HOME);
  add(split('in from to at'), HOME_PREP);
  add(LOCATION_WORDS.move, W_MOVE);
  add(LOCATION_WORDS.placePrepositions, W_PLACE_PREP);
  add(LOCATION_WORDS.clinical, W_CLINICAL);
  add(split('med health'), ARM_CENTER);
  add(split('center centre'), CENTER_WORD);
  add(healthTermKeys(), W_HEALTH);
  const endings = new HashTable(8);
  const lengths = new Set<number>();
  for (const e of STREET_ENDINGS) {
    endings.add(hashReversed(e), W_ADDRESS);
    lengths.add(e.length);
  }
  return { words, endings, endingLengths: [...lengths].sort((a, b) => a - b) };
}

function digitWithin(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The word table (built on first use), for scanners that hash words themselves (textScan.ts). */
export function wordTable(): HashTable {
  return (tables ??= build()).words;
}

// The walk over one text's words (one text at a time: module state, nothing allocated). A cue word arms its
// pair for the next k words: "until" holds the index of the last word it still covers, so words with no entry
// cost nothing here (most words).
let walkFlags = 0;
let nearUntil = -1;
let farUntil = -1;
let centerUntil = -1;
let homeUntil = -1;
/** Where the text ends in the string its words are read from (a line read inside its document). */
let textEnd = 0;

/** Starts the walk over a new text's words; the text ends at `end` of the string they are read from. */
export function beginWords(end: number): void {
  textEnd = end;
  walkFlags = 0;
  nearUntil = farUntil = centerUntil = homeUntil = -1;
}

/**
 * A word with a table entry `v`: `text[s, e)` is word number `w` of the text, `next` the code of the character
 * after it (32 at the end). Digits are read from `text` (lower-casing keeps them where they are).
 */
export function wordWithEntry(text: string, e: number, v: number, next: number, w: number): void {
  let flags = walkFlags | (v & RESULT_BITS);
  // prepositions matter only after an armed cue word
  if (v & HOME_PREP && w <= homeUntil) flags |= W_HOME;
  if (v & ADDRESS_PREP && (w <= nearUntil || w <= farUntil) && digitWithin(text, e, Math.min(e + 120, textEnd))) flags |= W_ADDRESS_CUE;
  if (v & RARE_ENTRY_BITS) flags |= entryFlags(v, text, e, next, w <= centerUntil);
  walkFlags = flags;
  if (v & ARM_ADDRESS_NEAR) nearUntil = w + 1;
  else if (v & ARM_ADDRESS_MID) nearUntil = w + 3;
  if (v & ARM_ADDRESS_FAR) farUntil = w + 4;
  if (v & ARM_CENTER) centerUntil = w + 1;
  if (v & ARM_HOME) homeUntil = w + 9;
}

/**
 * A word with no table entry that may be a compound street name before a house number ("Lindenstrasse 49"):
 * call for words of 5+ characters followed by a space and a digit. `fold` is ORed into each character code
 * (32 lower-cases an ASCII letter or digit in place; 0 for an already lower-cased text).
 */
export function wordBeforeNumber(text: string, s: number, e: number, fold: number): void {
  if (hasStreetEndingAt(tables!, text, s, e, fold)) walkFlags |= W_ADDRESS;
}

/** The classes found by the walk. */
export function endWords(): number {
  return walkFlags;
}

let lastText: string | undefined;
let lastFlags = 0;

/** Records the classes of a lower-cased text computed elsewhere (the runner's one pass), for `wordClasses`. */
export function rememberWordClasses(lower: string, flags: number): void {
  lastText = lower;
  lastFlags = flags;
}

/** The W_* classes of the words in a lower-cased text (one scan, cached for the last text). */
export function wordClasses(lower: string): number {
  if (lower === lastText) return lastFlags;
  const t = (tables ??= build());
  const n = lower.length;
  beginWords(n);
  let w = 0;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    let h = FNV_BASIS;
    for (;;) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++i >= n) {
        c = 32;
        break;
      }
      c = lower.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordChar(c)) break;
    }
    const v = t.words.get(h === 0 ? 1 : h);
    if (v !== 0) wordWithEntry(lower, i, v, c, w);
    else if (i - s >= 5 && c === 32 && i + 1 < n && isDigitCode(lower.charCodeAt(i + 1))) wordBeforeNumber(lower, s, i, 0);
    w++;
  }
  const flags = endWords();
  lastText = lower;
  lastFlags = flags;
  return flags;
}

const RARE_ENTRY_BITS = DOT_ONLY | UNIT_NO | CENTER_WORD;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Classes a word gets from what is around it: a mark or digit after it, or an armed pair. */
function entryFlags(v: number, text: string, e: number, next: number, centerArmed: boolean): number {
  let flags = 0;
  if (v & DOT_ONLY && (next === 46 || next === 47)) flags |= W_ADDRESS;
  if (v & UNIT_NO && (next === 46 || next === 35 || digitWithin(text, e, Math.min(e + 3, textEnd)))) flags |= W_ADDRESS;
  if (v & CENTER_WORD && centerArmed) flags |= W_FACILITY;
  return flags;
}

function hasStreetEndingAt(t: Tables, text: string, s: number, e: number, fold: number): boolean {
  let rh = FNV_BASIS;
  let k = e - 1;
  for (const len of t.endingLengths) {
    if (len > e - s) return false;
    while (e - k <= len) rh = Math.imul(rh ^ (text.charCodeAt(k--) | fold), FNV_PRIME);
    if (t.endings.get(rh === 0 ? 1 : rh) !== 0) return true;
  }
  return false;
}

/** Exposed for tests: the words a lexicon entry is split into. */
export const splitWords = wordsOf;
