// Phrases around a candidate that say "what follows/precedes is a person's name".
// Matched on the lower-cased text just before (or after) the candidate.

import { atEnd, type EndMatcher } from './atEnd';
import {
  GREETING_LAST, INTRODUCTION_LAST, RELATION_LAST, SPEAKER_FIRST, STRONG_FIRST, STRONG_FIRST_PREFIXES, STRONG_LAST, SUBJECT_FIRST, SUFFIX_FIRST,
  WEAK_LAST, WORK_FIRST, WORK_LAST, isAsciiLower,
} from './cueWords';
import { isWhiteSpace } from './tokenFacts';
import { fnvRange } from '../fnv';

export type CueStrength = 'strong' | 'medium' | 'weak';

export interface Cue {
  strength: CueStrength;
  reason: string;
}

/** Reason of the work cues ("the Castro novel", "a song by Kleist"): a name used to name a work. */
export const WORK_REASON = 'author or artist of a work';
const WORK_CUE: Cue = { strength: 'medium', reason: WORK_REASON };

/**
 * "Hola", "Bonjour", "Cześć" (not "hi" / "hello": those are introductions): the words after a greeting in another
 * language are mostly of that language, which the dictionaries do not know, so this cue counts only before a word
 * written with a capital ("Hola Maria", not "hola como estas").
 */
export const GREETING_CUE: Cue = { strength: 'medium', reason: 'after a greeting' };

// Each pattern must end exactly where the candidate starts (only spaces, ':' or ',' between).
// `lastWords`: the words each pattern can end with (./cueWords.ts).
const BEFORE: { re: EndMatcher; cue: Cue; lastWords: ReadonlySet<string> }[] = [
  {
    re: atEnd(/(?:\bmy (?:full |first |last |sur)?names?(?: is|'s| are|:)|\bname(?:'s| is| was| will be| should be| would be)|\bnames? (?:is|are) |\bnamed (?:him|her|them|it|me)|\bcalls? me|\bcalled me|\bgo(?:es)? by|\bin (?:the )?names? of|\bunder (?:the |my )?names?(?: of)?|\b(?:booked|reserved|listed|made|booking|reservation|table) (?:under|for)(?: the name(?: of)?)?|\b(?:it's|it is|is) under(?: the name(?: of)?)?|\b(?:on|by|with|for) the names?(?: of)?|\bname\s*:|\bname\?|\bfull name|\bsurname|\bfirst name|\blast name|\bmaiden name|\bpatient name|\bpatient\s*:|\bpt name|\bsigned|\bsincerely|\bregards|\bcontact person|\bcardholder|\baccount holder|\bbeneficiary|\bpayee|\brecipient|\bchange it to|\bemployee)\s*[:,-]?\s*$/),
    cue: { strength: 'strong', reason: 'after a name cue phrase' },
    lastWords: STRONG_LAST,
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:hi|hello|hey|dear|thanks|thank you|said|says|asked|told|replied|shouted at|gave|given|thanked|met|married|hugged|kissed|according to|starring|directed by|written by|featuring|feat\.|i'm|i’m|i am|im|this is|it's|it’s|it is|here is|here's|meet|named|called|known as|ask for|speak (?:to|with)|talk (?:to|with)|spoke (?:to|with)|talked (?:to|with))\s*[:,-]?\s*$/u),
    cue: { strength: 'medium', reason: 'after an introduction' },
    lastWords: INTRODUCTION_LAST,
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:hola|hallo|bonjour|bonsoir|coucou|ciao|salut|hej|hei|hoi|servus|moin|merhaba|ahoj|witam|zdravo|namaste|olá|cześć)\s*[:,-]?\s*$/u),
    cue: GREETING_CUE,
    lastWords: GREETING_LAST,
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:(?:husband|hus|wife|son|daughter|dau|dtr|mother|mom|father|dad|brother|sister|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|friend|boyfriend|girlfriend|fianc[ée]e?|partner|spouse|proxy|caseworker|case manager|social worker|attending|resident|intern|fellow|surgeon|physician|pcp|nurse|coordinator|chaplain|therapist|pharmacist|manager|colleague|boss|neighbou?r|landlord|tenant|child|kid|baby|wife's|husband's)s?)\s*[:,-]?\s*$/u),
    cue: { strength: 'medium', reason: 'after a relation or role word' },
    lastWords: RELATION_LAST,
  },
  {
    // "a song by Kleist", "the album by ex-Zombie Sedej", "the early Ström": an author or artist named by the work.
    re: atEnd(/(?:^|[^\p{L}])(?:(?:(?:song|songs|album|track|record|single|book|novel|film|movie|painting|poem|play|essay|article|biography|memoir|opera|symphony|story|stories|sculpture|photograph|lyrics) (?:written |directed |painted |composed |recorded |sung |performed )?by(?: (?:ex|former)-\p{L}+)?)|(?:than|like|of|the|from|by) (?:early|late|young|later|middle-period))\s*$/u),
    cue: WORK_CUE,
    lastWords: WORK_LAST,
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:for|with|from|cheers|bye|goodbye|by|and|to|tell|ask|love|per|w\/)\s*[:,-]?\s*$/u),
    cue: { strength: 'weak', reason: 'after a greeting or preposition' },
    lastWords: WEAK_LAST,
  },
];

// `firstWords` (and `firstPrefixes`): the words each pattern can start with (./cueWords.ts).
const AFTER: { re: RegExp; cue: Cue; firstWords: ReadonlySet<string>; firstPrefixes?: readonly string[] }[] = [
  {
    // "the Castro novel", "The Ansel Brandt version of the song".
    re: /^[ \t]+(?:novels?|books?|films?|movies?|versions?|albums?|songs?|biography|memoirs?|plays?|poems?|paintings?|recordings?|documentary|operas?|symphony|trilogy|saga|sonatas?|concertos?|sculptures?|portraits?|lyrics)\b/,
    cue: WORK_CUE,
    firstWords: WORK_FIRST,
  },
  {
    // Signatures in notes: "Patricia Nolan, RN", "DAN A. FORMAN-LYONS, RRT".
    re: /^[ \t]*[,/-]?[ \t]*(?:(?:rn|rrt|crt|np|md|pa-c|lpn|lvn|cna|msw|licsw|rph|pharmd|phd|dds|bsn|msn|aprn|crna)\b\.?[ \t]*(?:\n|$)|(?:md|rn|np|pa|rrt|crt)\b\.?\s+(?:in|into|to|aware|notified|plans|performed|called|at|here|saw|evaluated|ordered|wants|will|placed|came))/,
    cue: { strength: 'strong', reason: 'signature with a professional suffix' },
    firstWords: SUFFIX_FIRST,
  },
  {
    re: /^\s*[,-]?\s*(?:is (?:what you can call me|my (?:first |last |full |sur)?name|the name)|party of|table for|reservation|booking)/,
    cue: { strength: 'strong', reason: 'before "speaking"/"here"' },
    firstWords: STRONG_FIRST,
    firstPrefixes: STRONG_FIRST_PREFIXES,
  },
  {
    re: /^\\?(?:'s|’s) (?:daughter|son|wife|husband|mother|father|sister|brother|friend|phone|email|number|account|birthday)/,
    cue: { strength: 'medium', reason: 'possessive of a relation' },
    firstWords: new Set<string>(),
  },
  {
    re: /^(?:\s*[,-]?\s*speaking\b|\s*:\s*["“\\]|\s*,\s+(?:can|could|would|will|please|thank|thanks|do|did|are|have|how|what|where|when|why|i'm|i am|i've|you)\b|\s+(?:said|says|told|asked|shouted|replied|smiled|laughed|lives|lived|spent|began|had given|gave|is a (?:very )?\w+ (?:person|man|woman|guy|girl|listener)|is (?:very|so|really) \w+|began|shouted at|spent (?:a|the|two|three|\d+)|visited|phoned|came in to|in to visit|called (?:once|twice|today|tonight|this|last|again|back|early|late|to ask|for an update)|was born|grew up|is from|works|worked|studied|wrote|sang|loves|wants|thinks|aware)\b)/,
    cue: { strength: 'medium', reason: 'speaker, addressee or subject of a personal verb' },
    firstWords: SPEAKER_FIRST,
  },
  {
    re: /^\s*[,]?\s*(?:is|was|has|had|will|said|says|told|asked|and i|who|wants|called|replied|thinks|lives|works)\b/,
    cue: { strength: 'weak', reason: 'subject of a verb' },
    firstWords: SUBJECT_FIRST,
  },
];

/**
 * The hash of a word as a small integer key: V8 keeps integers of up to 31 bits unboxed, and a Map finds those
 * faster than boxed numbers (a full 32-bit hash is one about half the time).
 */
function wordKey(s: string, start: number, end: number): number {
  return fnvRange(s, start, end) & 0x3fffffff;
}

/** A word and the bits of the patterns that list it. */
interface WordPatterns {
  word: string;
  bits: number;
}

/**
 * Key of a word (wordKey) -> the words with that key, each with bit k set when pattern k of `patterns` lists it: one
 * lookup of a word read in place (no slice) tells which patterns to try.
 */
function patternsByWord(patterns: readonly ReadonlySet<string>[]): Map<number, WordPatterns[]> {
  const byWord = new Map<string, number>();
  patterns.forEach((words, k) => {
    for (const w of words) byWord.set(w, (byWord.get(w) ?? 0) | (1 << k));
  });
  const out = new Map<number, WordPatterns[]>();
  for (const [word, bits] of byWord) {
    const h = wordKey(word, 0, word.length);
    const bucket = out.get(h);
    if (bucket) bucket.push({ word, bits });
    else out.set(h, [{ word, bits }]);
  }
  return out;
}

/** The pattern bits of the word lower[start, end) (0 when no pattern lists it). */
function patternsOf(index: Map<number, WordPatterns[]>, lower: string, start: number, end: number): number {
  const bucket = index.get(wordKey(lower, start, end));
  if (bucket === undefined) return 0;
  for (let k = 0; k < bucket.length; k++) {
    const e = bucket[k];
    if (e.word.length === end - start && lower.startsWith(e.word, start)) return e.bits;
  }
  return 0;
}

const BEFORE_BY_LAST_WORD = patternsByWord(BEFORE.map((c) => c.lastWords));
const AFTER_BY_FIRST_WORD = patternsByWord(AFTER.map((c) => c.firstWords));
const WORK_BEFORE = 1 << BEFORE.findIndex((c) => c.cue === WORK_CUE);
const AFTER_PREFIXES = AFTER.flatMap((c) => c.firstPrefixes ?? []);

/** The work cue ends in "by", "early", "late", "young", "later" or "middle-period": a cheap test first. */
function mayEndWorkCue(lowerBefore: string): boolean {
  let e = lowerBefore.length;
  while (e > 0 && lowerBefore.charCodeAt(e - 1) <= 32) e--;
  const c = lowerBefore.charCodeAt(e - 1);
  // y: by, early; r: later; e: late; d: middle-period; g: young; or a hyphen ("by ex-zombie")
  return c === 121 || c === 114 || c === 101 || c === 100 || c === 103 || lowerBefore.lastIndexOf('-', e) > e - 24;
}

/** How far a cue before a candidate may reach, and how far a cue after it. */
export const BEFORE_WINDOW = 48;
export const AFTER_WINDOW = 40;

/** White space and the marks the cue patterns allow between a cue phrase and the candidate. */
function isCueGap(c: number): boolean {
  return c === 58 || c === 44 || c === 45 || isWhiteSpace(c); // : , -
}

/**
 * The cue ending right before lower[pos] (the same answer as cueBefore(lower.slice(pos - 48, pos))): only the
 * patterns whose last words (./cueWords.ts) hold the word before the gap run.
 */
export function cueBeforeAt(lower: string, pos: number): Cue | undefined {
  const from = pos > BEFORE_WINDOW ? pos - BEFORE_WINDOW : 0;
  let k = pos;
  while (k > from && isCueGap(lower.charCodeAt(k - 1))) k--;
  // every pattern holds a letter
  if (k === from) return undefined;
  const last = lower.charCodeAt(k - 1);
  if (!isAsciiLower(last)) {
    // only "name?", "feat.", "w/" and words with letters beyond ASCII ("fiancé") end in something else
    return last === 63 || last === 46 || last === 47 || last >= 128 || (last >= 65 && last <= 90) ? cueBefore(lower.slice(from, pos)) : undefined;
  }
  let j = k - 1;
  while (j > from && isAsciiLower(lower.charCodeAt(j - 1))) j--;
  const prev = j > from ? lower.charCodeAt(j - 1) : 0;
  // "by ex-Doors", "by ex-Zürich": the work cue ends in any word after a hyphen
  const afterHyphen = prev === 45 || prev >= 128 || (prev >= 65 && prev <= 90);
  let patterns = patternsOf(BEFORE_BY_LAST_WORD, lower, j, k);
  if (afterHyphen) patterns |= WORK_BEFORE;
  if (patterns === 0) return undefined;
  let before: string | undefined;
  for (let p = 0; p < BEFORE.length; p++) {
    if ((patterns & (1 << p)) === 0) continue;
    const c = BEFORE[p];
    before ??= lower.slice(from, pos);
    if (c.cue === WORK_CUE && !mayEndWorkCue(before)) continue;
    if (c.re.test(before)) return c.cue;
  }
  return undefined;
}

/** The word lower[start, end) starts with one of `prefixes`. */
function startsWithAny(lower: string, start: number, end: number, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (p.length <= end - start && lower.startsWith(p, start)) return true;
  return false;
}

/** The cue right after lower[pos] (the same answer as cueAfter(lower.slice(pos, pos + 40))). */
export function cueAfterAt(lower: string, pos: number): Cue | undefined {
  const to = Math.min(lower.length, pos + AFTER_WINDOW);
  let k = pos;
  while (k < to && (isCueGap(lower.charCodeAt(k)) || lower.charCodeAt(k) === 47)) k++; // and '/'
  if (k === to) return undefined;
  const first = lower.charCodeAt(k);
  if (!isAsciiLower(first)) {
    // quotes after "Name:", a possessive "'s" (maybe escaped); every other pattern starts with an ASCII word
    return first === 34 || first === 0x201c || first === 92 || first === 39 || first === 0x2019 || (first >= 65 && first <= 90)
      ? cueAfter(lower.slice(pos, to))
      : undefined;
  }
  let e = k + 1;
  while (e < to && isAsciiLower(lower.charCodeAt(e))) e++;
  const patterns = patternsOf(AFTER_BY_FIRST_WORD, lower, k, e);
  if (patterns === 0 && !startsWithAny(lower, k, e, AFTER_PREFIXES)) return undefined;
  let after: string | undefined;
  for (let p = 0; p < AFTER.length; p++) {
    const c = AFTER[p];
    if ((patterns & (1 << p)) === 0 && !(c.firstPrefixes && startsWithAny(lower, k, e, c.firstPrefixes))) continue;
    after ??= lower.slice(pos, to);
    if (c.re.test(after)) return c.cue;
  }
  return undefined;
}

/** Every before-pattern tried on the whole string (the reference the positional cueBeforeAt answers like). */
export function cueBefore(lowerBefore: string): Cue | undefined {
  for (const c of BEFORE) {
    if (c.cue === WORK_CUE && !mayEndWorkCue(lowerBefore)) continue;
    if (c.re.test(lowerBefore)) return c.cue;
  }
  return undefined;
}

/** Every after-pattern tried on the whole string. */
export function cueAfter(lowerAfter: string): Cue | undefined {
  for (const c of AFTER) if (c.re.test(lowerAfter)) return c.cue;
  return undefined;
}
