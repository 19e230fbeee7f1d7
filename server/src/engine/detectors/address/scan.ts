// Finds street addresses: a street core (number + street words, street-type prefix/suffix, compound street
// names, PO/military boxes, or words + number after an address cue), then grows it over a leading house number,
// "the corner of", units (Apt. 4), and following locality lines (city, region, postal code, country).
// Tokens are indices into the tokenizer's typed arrays (tokens.ts); word-list membership is one bit per list.
import {
  L_AMBIGUOUS_PREFIX, L_AND, L_AREA_SUFFIX, L_BOX, L_COMPASS, L_FUNCTION, L_LOCATIVE, L_MILITARY_POST, L_MILITARY_REGION,
  L_MILITARY_UNIT, L_NOT_PLACE, L_PREFIX, L_QUANTITY, L_RANGE, L_SHORT_PREFIX, L_STREET_ENDING, L_SUFFIX, L_THE,
  L_WEAK_SUFFIX, UNIT_RE,
} from './lexicon';
import { CAPITALIZED, DOT_END, NL, NUM, PUNCT, UPPER_WORD, WORD, tokenize, type Tokens } from './tokens';
import { W_ADDRESS_CUE, wordClasses } from '../wordClasses';
import { isDigitCode } from '../util';

export interface AddressHit {
  start: number;
  end: number;
  confidence: number;
  reason: string;
}

/** Phrases after which a place usually follows: "address is", "lives at", "sent to", "corner of". */
const CUE = /\b(?:address(?:es)?\b(?:[^.!\n]{0,45}?\b(?:is|are|to|with|at)\b|\s*(?::|is|-))|(?:lives?|lived|living|resides?|residing|located|situated|based|office is|arrived|meet(?: me| you| us)?|drops? (?:you|me|us) off|stop|stay(?:ing)?|it'?s|is|are|moved|move) (?:at|on|in|to)\b|(?:sent|send(?: it| them| this| that| a new one| the \w+)?|ship(?:ped)?(?: it)?|deliver(?:ed)?(?: it)?|mail(?:ed)?(?: it)?|return(?:ed)?(?: it)?|taxi|refers|change[sd]?(?: my)?(?: \w+)? address|update[sd]?(?: my)?(?: \w+)? address) to\b|here they are\s*:|corner of|side of|enter on)/gu;

const COMPASS = /^(n|s|e|w|ne|nw|se|sw)\.?$/i;
const SHIP_OR_UNIT = /^(uss|usns|usnv|uscgc|usns|unit|psc|cmr)$/i;
const POSTAL_CODE_AHEAD = /\b(?:\d{4,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/;

/** Kind of token i, 0 outside the list (the arrays keep older texts' tokens past `count`). */
const kindAt = (T: Tokens, i: number) => (i >= 0 && i < T.count ? T.kind[i] : 0);
const isCap = (T: Tokens, i: number) => (T.shape[i] & CAPITALIZED) !== 0;

/** Capitalisation of the whole text, read once per text. */
let anyCapital = false;
/** The text is (nearly) all upper case: capitalisation then says nothing about names. */
let shouting = false;

function readCase(T: Tokens): void {
  let upper = 0;
  let lower = 0;
  anyCapital = false;
  for (let i = 0; i < T.count; i++) {
    if (T.kind[i] !== WORD) continue;
    const shape = T.shape[i];
    if (shape & CAPITALIZED) anyCapital = true;
    if (shape & UPPER_WORD) upper++;
    else lower++;
  }
  shouting = upper >= 4 && lower * 5 < upper;
}

function wordOk(T: Tokens, i: number): boolean {
  return kindAt(T, i) === WORD && (T.lex[i] & L_NOT_PLACE) === 0;
}

function isSuffix(T: Tokens, i: number): boolean {
  return kindAt(T, i) === WORD && (T.bareLex[i] & L_SUFFIX) !== 0;
}

function isPrefix(T: Tokens, i: number): boolean {
  if (kindAt(T, i) !== WORD || ((T.lex[i] | T.bareLex[i]) & L_PREFIX) === 0) return false;
  // "place." ends a sentence; abbreviations such as "ul." or "av." keep their dot
  if ((T.shape[i] & DOT_END) !== 0 && (T.lex[i] & L_PREFIX) === 0 && T.bareOf(i).length > 3) return false;
  if ((T.bareLex[i] & L_SHORT_PREFIX) !== 0) {
    const s = T.textOf(i);
    if (s === s.toUpperCase() && s.length > 1 && /\p{L}{2}/u.test(s)) return false;
  }
  return (T.bareLex[i] & L_AMBIGUOUS_PREFIX) === 0 || isCap(T, i);
}

const isTitlecase = (T: Tokens, i: number) => T.kind[i] === WORD && /^\p{Lu}[\p{Ll}\p{M}'’\-]/u.test(T.textOf(i));

/** A num token (\d{1,8}[A-Za-z]?) with at most six digits. */
function isHouseNumber(T: Tokens, i: number): boolean {
  if (kindAt(T, i) !== NUM) return false;
  const last = T.src.charCodeAt(T.end[i] - 1);
  return T.end[i] - T.start[i] - (last > 57 ? 1 : 0) <= 6;
}

interface Core {
  first: number; // token index
  last: number; // token index, inclusive
  confidence: number;
  reason: string;
}

/** Street cores that need no context. */
function findCores(T: Tokens, cores: Core[]): void {
  const n = T.count;
  const caseless = !anyCapital || shouting;
  for (let i = 0; i < n; i++) {
    const kind = T.kind[i];
    // (1) 87 Maple Grove Avenue / 19 oak road / 1600 Pennsylvania Ave NW
    if (isHouseNumber(T, i) && kindAt(T, i + 1) === WORD && (T.lex[i + 1] & L_QUANTITY) === 0) {
      for (let k = 1; k <= 5 && i + k < n; k++) {
        const w = i + k;
        if (T.kind[w] !== WORD || (T.lex[w] & L_FUNCTION) !== 0) break;
        // "8 MCG. BP": an abbreviation with a dot inside the street name is a measurement, not a street
        if (k < 5 && !isSuffix(T, w + 1) && (T.shape[w] & DOT_END) !== 0 && !isSuffix(T, w) && T.length(w) > 3) break;
        const weak = (T.lex[w] & L_WEAK_SUFFIX) !== 0;
        const nameOk = caseless ? !weak : isCap(T, i + 1) || isDigitCode(T.firstCode(i + 1));
        if (k >= 2 && isSuffix(T, w) && wordOk(T, i + 1) && nameOk && (!shouting || T.bareOf(w).length >= 4)) {
          let last = w;
          if (kindAt(T, last + 1) === WORD && (T.bareLex[last + 1] & L_COMPASS) !== 0) {
            const s = T.textOf(last + 1);
            if (COMPASS.test(s) && s[0] === s[0].toUpperCase()) last++;
          }
          cores.push({ first: i, last, confidence: 0.9, reason: 'house number and street type' });
          break;
        }
        // 31 Rue des Lilas
        if (k === 1 && isPrefix(T, w) && kindAt(T, i + 2) === WORD && !(shouting && (T.lex[w] & L_AMBIGUOUS_PREFIX) !== 0)) {
          let last = i + 2;
          while (last + 1 < n && last - i < 6 && T.kind[last + 1] === WORD && isCap(T, last + 1)) last++;
          cores.push({ first: i, last, confidence: 0.85, reason: 'house number and street prefix' });
          break;
        }
      }
    }
    // (2) Rue des Lilas 4 / ul. Lipowa 12 / Rua das Laranjeiras 218
    if (isPrefix(T, i) && !(shouting && (T.lex[i] & L_AMBIGUOUS_PREFIX) !== 0) && (i === 0 || T.kind[i - 1] !== WORD || !isPrefix(T, i - 1))) {
      for (let k = 1; k <= 6 && i + k < n; k++) {
        const w = i + k;
        if (isHouseNumber(T, w) && k >= 2) {
          cores.push({ first: i, last: w, confidence: 0.85, reason: 'street prefix and house number' });
          break;
        }
        if (T.kind[w] !== WORD) break;
      }
    }
    // (3) Lindenstrasse 49 / Szegedi kapu 3 / Petőfi Sándor útja 62
    const ending = kind === WORD && (T.lex[i] & L_STREET_ENDING) !== 0;
    if (ending || (isSuffix(T, i) && !shouting && (T.bareOf(i).length >= 4 || T.lowerOf(i) === 'u.' || T.lowerOf(i) === 'rkp.'))) {
      if (isHouseNumber(T, i + 1) && (ending || isCap(T, i > 0 ? i - 1 : i) || kindAt(T, i - 1) === WORD)) {
        let first = i;
        while (first - 1 >= 0 && i - first < 3 && T.kind[first - 1] === WORD && (T.lex[first - 1] & L_NOT_PLACE) === 0 && (isCap(T, first - 1) || !anyCapital)) first--;
        // a suffix word that is ordinary English ("park 5") needs a name before it
        if (first === i && !ending) continue;
        cores.push({ first, last: i + 1, confidence: 0.85, reason: 'street name and house number' });
      }
    }
    // (5) 4410 Tamme 12 + newline or unit / Kase 18 Suite 20: name between numbers, then an address line break
    if ((isHouseNumber(T, i) && kindAt(T, i + 1) === WORD) || (kind === WORD && (i === 0 || T.kind[i - 1] !== WORD))) {
      const wordsFrom = kind === NUM ? i + 1 : i;
      let k = wordsFrom;
      while (k < n && k - wordsFrom < 4 && T.kind[k] === WORD) k++;
      const first = wordsFrom;
      if (k > wordsFrom && isHouseNumber(T, k) && wordOk(T, first) && (T.lex[first] & L_QUANTITY) === 0 && (isCap(T, first) || !anyCapital)) {
        const after = k + 1;
        const unitAfter = after < n && mayStartUnit(T, after) && digitTokenWithin(T, after) && UNIT_RE.test(sliceFrom(T, after));
        const lineAfter = kindAt(T, after) === NL && (kind === NUM || i === 0 || T.kind[i - 1] === NL || T.isChar(i - 1, 62));
        const blockHasCode = lineAfter && POSTAL_CODE_AHEAD.test(linesAfter(T, after, 4));
        if ((unitAfter || blockHasCode) && !shouting) cores.push({ first: i, last: k, confidence: unitAfter ? 0.8 : 0.7, reason: unitAfter ? 'street and unit' : 'address line' });
      }
    }
    // (7) on Elm Hollow Street: a named street without a number after a locative preposition
    if (kind === WORD && (T.lex[i] & L_LOCATIVE) !== 0 && !shouting) {
      let k = i + 1;
      while (k < n && k - i <= 4 && T.kind[k] === WORD && isCap(T, k) && !isSuffix(T, k) && (T.lex[k] & L_NOT_PLACE) === 0) k++;
      // a strong street type only: "in Maida Hill", "in Ealing Broadway" name districts
      if (k > i + 1 && isSuffix(T, k) && isCap(T, k) && T.lowerOf(k).length >= 4 && (T.lex[k] & (L_WEAK_SUFFIX | L_AREA_SUFFIX)) === 0) cores.push({ first: i + 1, last: k, confidence: 0.6, reason: 'named street without a house number' });
    }
    // (4) PSC 4102, Box 7713 / Unit 2210 Box 0415 / P.O. Box 123 / USS Example ... FPO AE 09012
    if (kind === WORD && (T.lex[i] & L_MILITARY_UNIT) !== 0 && isHouseNumber(T, i + 1)) {
      let j = i + 2;
      if (T.isChar(j, 44)) j++;
      if (kindAt(T, j) === WORD && (T.lex[j] & L_BOX) !== 0 && isHouseNumber(T, j + 1)) cores.push({ first: i, last: j + 1, confidence: 0.9, reason: 'military mail box' });
    }
    if (kind === WORD && (T.lex[i] & L_MILITARY_POST) !== 0 && isHouseNumber(T, i + 2) && T.kind[i + 1] === WORD && (T.lex[i + 1] & L_MILITARY_REGION) !== 0) {
      let first = i;
      // USS Example\nFPO AE 09012: take the ship/unit line before
      const j = i - 1;
      if (kindAt(T, j) === NL) {
        let k = j - 1;
        while (k >= 0 && T.kind[k] !== NL && j - k < 6) k--;
        if (k + 1 < j && SHIP_OR_UNIT.test(T.textOf(k + 1))) first = k + 1;
      }
      cores.push({ first, last: i + 2, confidence: 0.9, reason: 'military post office' });
    }
  }
}

/**
 * The tokens (lower case) a UNIT_RE match can start with, where sliceFrom joins tokens with single spaces: a unit
 * word whole (a word token takes the letters and one dot that follow: "apt." is one token, "p.o." two) or the first
 * piece of "p.o. box". Dotted forms of all are listed (a superset is enough).
 */
const UNIT_FIRST_TOKENS = new Set(
  ['apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'fl', 'floor', 'room', 'rm', 'bldg', 'building', '#', 'no', 'box', 'p', 'po', 'pobox', 'postbox'].flatMap((w) => [w, w + '.']),
);

/**
 * Whether UNIT_RE may match the text from token i on: the token is one a unit can start with (UNIT_FIRST_TOKENS;
 * "ſ" folds to "s" under the regex's case-insensitive Unicode matching, the only code past ASCII that matches one
 * of these letters).
 */
export function mayStartUnit(T: Tokens, i: number): boolean {
  const l = T.lowerOf(i);
  return UNIT_FIRST_TOKENS.has(l) || (l.includes('ſ') && UNIT_FIRST_TOKENS.has(l.replace(/ſ/g, 's')));
}

/** A token starting with a digit among the tokens sliceFrom(T, j) joins: UNIT_RE needs the unit's number there. */
function digitTokenWithin(T: Tokens, j: number): boolean {
  for (let k = j; k < T.count && k - j < 5 && T.kind[k] !== NL; k++) if (isDigitCode(T.firstCode(k))) return true;
  return false;
}

/** Text of the next `lines` lines starting at token j. */
function linesAfter(T: Tokens, j: number, lines: number): string {
  let out = '';
  let seen = 0;
  for (let k = j; k < T.count && seen <= lines; k++) {
    if (T.kind[k] === NL) seen++;
    out += ' ' + T.textOf(k);
  }
  return out;
}

/** Text from token j to the end of its line (for unit checks). */
function sliceFrom(T: Tokens, j: number): string {
  let out = '';
  for (let k = j; k < T.count && k - j < 5 && T.kind[k] !== NL; k++) out += (k > j ? ' ' : '') + T.textOf(k);
  return out;
}

/** Punctuation that ends the place after a cue: . ? ! ; , ( ) */
function isStop(T: Tokens, i: number): boolean {
  if (T.end[i] - T.start[i] !== 1) return false;
  const c = T.src.charCodeAt(T.start[i]);
  return c === 46 || c === 63 || c === 33 || c === 59 || c === 44 || c === 40 || c === 41;
}

/** Words and a number right after an address cue: "address is Lise and Havnegade 9". */
function findCuedCores(lower: string, T: Tokens, cores: Core[]): void {
  const n = T.count;
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(lower)) !== null) {
    const after = m.index + m[0].length;
    let i = 0;
    while (i < n && T.start[i] < after) i++;
    if (i === n) continue;
    while (i < n && (T.isChar(i, 58) || T.kind[i] === NL || T.isChar(i, 62))) i++;
    if (i === n || T.start[i] - after > 12) continue;
    // skip "the corner of" already in the cue; allow a leading "the"
    const start = i;
    let sawNumber = false;
    let sawWord = false;
    let lastUseful = -1;
    for (let j = i; j < n && j - start < 14; j++) {
      const kind = T.kind[j];
      if (kind === NL || (kind === PUNCT && isStop(T, j))) break;
      if (kind === NUM) {
        if (!isHouseNumber(T, j)) break;
        if (kindAt(T, j + 1) === WORD && (T.lex[j + 1] & L_QUANTITY) !== 0) break;
        // "2 or 3", "5 to 10": ranges, not house numbers
        if (((kindAt(T, j + 1) === WORD && (T.lex[j + 1] & L_RANGE) !== 0) || T.isChar(j + 1, 45)) && kindAt(T, j + 2) === NUM) break;
        if (j - 1 >= start && T.kind[j - 1] === WORD && (T.lex[j - 1] & L_NOT_PLACE) !== 0) break;
        sawNumber = true;
        lastUseful = j;
      } else if (kind === WORD) {
        if ((T.lex[j] & L_NOT_PLACE) !== 0 && (T.lex[j] & L_THE) === 0 && j === start) break;
        // a word with a dot that is no street abbreviation ends the sentence ("BB. Pt has 5")
        if ((T.shape[j] & DOT_END) !== 0 && !isSuffix(T, j) && !isPrefix(T, j) && !/^\p{Lu}\.$/u.test(T.textOf(j))) break;
        if (T.lowerOf(j).length >= 3) sawWord = true;
        if (sawNumber && !isCap(T, j) && anyCapital && !isSuffix(T, j) && (T.lex[j] & L_AND) === 0) break;
        lastUseful = j;
      } else if (!T.isChar(j, 39) && !T.isChar(j, 45) && !T.isChar(j, 47)) break;
    }
    if (sawNumber && sawWord && lastUseful >= start) {
      // at least one capitalised word (or an all-lowercase text), so "at 3 pm" and "to 2 friends" stay out
      let streetWord = false;
      for (let w = start; w <= lastUseful && !streetWord; w++) {
        if (T.kind[w] !== WORD) continue;
        streetWord = (isSuffix(T, w) || isPrefix(T, w) || (T.lex[w] & L_STREET_ENDING) !== 0) && (!shouting || (T.lowerOf(w).length >= 4 && (T.lex[w] & L_WEAK_SUFFIX) === 0));
      }
      // mixed-case text: the place starts with a number or a capital; all-lower or all-caps text gives no
      // capitalisation signal, so a street word or an explicit "address" cue is needed
      const mixedCase = anyCapital && !shouting;
      const ok = mixedCase
        ? T.kind[start] === NUM || (isCap(T, start) && (T.lex[start] & L_FUNCTION) === 0) || ((T.lex[start] & L_THE) !== 0 && streetWord)
        : streetWord || (/^address/.test(m[0]) && !shouting);
      // in mixed-case text a place has a Titlecase word or a street word ("AV PACED 75" is a reading)
      if (ok && (streetWord || !mixedCase || someTitlecase(T, start, lastUseful))) {
        cores.push({ first: start, last: lastUseful, confidence: 0.8, reason: 'place after an address cue' });
      }
    }
  }
}

function someTitlecase(T: Tokens, from: number, to: number): boolean {
  for (let w = from; w <= to; w++) if (isTitlecase(T, w)) return true;
  return false;
}

export const LOCALITY_PIECE = [
  UNIT_RE,
  /^(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\s+\d{5}\b/iu,
  /^[A-Z]\d[A-Z] ?\d[A-Z]\d\b/u, // Canadian postal code
  /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/u, // UK postcode
  /^\d{3} ?\d{2}\b(?![\d-]|[ \t]*\d)/u, // 840 24 (SE, GR, CZ)
  /^\d{4,6}(?:-\d{3,4})?\b(?![\d-]|[ \t.]*\d)/u, // ZIP, ZIP+4, 75534-030 (not the start of a phone number)
  /^[\p{Lu}]{2,3}\.?,?\s+\d{4,6}(?:-\d{3,4})?\b(?![ \t.-]*\d)/u, // PA 73161
  /^(?:[\p{L}][\p{L}\p{M}'’.\-]*)(?:[ \t]+[\p{L}][\p{L}\p{M}'’.\-]*){0,3}(?:,?[ \t]+\d{4,6}(?:-\d{3,4})?)?(?=[ \t]*(?:,|\n|$|\.(?:\s|$)|\?|!))/u, // city / country line
];

const LEADING_SEP = /^[ \t]*(?:,[ \t]*|\n[\s>?]*|[ \t]+)/u;

// LOCALITY_PIECE patterns by what their first character may be (a bit per index): only those are tried
const P_UNIT = 1 << 0;
const P_MILITARY = 1 << 1;
const P_CA_UK = (1 << 2) | (1 << 3);
const P_DIGITS = (1 << 4) | (1 << 5);
const P_REGION = 1 << 6;
const P_CITY = 1 << 7;

/**
 * The LOCALITY_PIECE patterns that may match a text starting with the code unit c: a unit word (its first letters,
 * "ſ" folding to "s" under the pattern's case-insensitive Unicode matching) or "#", APO/FPO/DPO, a capital A-Z for
 * the Canadian and UK codes, a digit, an upper-case letter for a region, a letter for a city.
 */
export function localityPiecesFor(c: number): number {
  if (c >= 48 && c <= 57) return P_DIGITS;
  if (c === 35) return P_UNIT;
  if (c >= 128) return (c === 0x17f ? P_UNIT : 0) | P_REGION | P_CITY;
  const l = c | 32;
  if (l < 97 || l > 122) return 0;
  let bits = P_CITY;
  if (l === 97 || l === 115 || l === 117 || l === 102 || l === 114 || l === 98 || l === 110 || l === 112) bits |= P_UNIT;
  if (l === 97 || l === 102 || l === 100) bits |= P_MILITARY;
  if (c <= 90) bits |= P_CA_UK | P_REGION;
  return bits;
}

/** Whether LEADING_SEP may match at pos: it starts with a space, tab, comma or line break. */
const mayLeadPiece = (c: number) => c === 32 || c === 9 || c === 44 || c === 10;

/** Extends an address end over units and locality pieces that follow. */
function extendForward(text: string, end: number): number {
  let pos = end;
  for (let pieces = 0; pieces < 6; pieces++) {
    if (pos >= text.length || !mayLeadPiece(text.charCodeAt(pos))) break;
    const sep = LEADING_SEP.exec(text.slice(pos, pos + 12));
    if (!sep) break;
    const from = pos + sep[0].length;
    if (from >= text.length) break;
    const candidates = localityPiecesFor(text.charCodeAt(from));
    if (candidates === 0) break;
    const rest = text.slice(from, from + 80);
    const newline = sep[0].includes('\n');
    const comma = sep[0].includes(',');
    let matched = 0;
    for (let k = 0; k < LOCALITY_PIECE.length; k++) {
      if ((candidates & (1 << k)) === 0) continue;
      // plain words after a mere space are the sentence going on, not a city
      if (k === LOCALITY_PIECE.length - 1 && !newline && !comma) continue;
      const m = LOCALITY_PIECE[k].exec(rest);
      if (m && m[0].trim().length > 0) {
        if (k === LOCALITY_PIECE.length - 1 && /@|\d{5,}.*\d/.test(m[0])) continue;
        matched = m[0].length;
        break;
      }
    }
    if (!matched) break;
    const piece = rest.slice(0, matched);
    // a line that is a phone number, email or long sentence ends the block
    if (/@/.test(piece)) break;
    pos = pos + sep[0].length + matched;
    if (/[.?!]$/.test(piece)) break;
  }
  return pos;
}

/** Extends an address start over a leading house number and "the corner of" (`corner`: the text says "corner of"). */
function extendBackward(text: string, start: number, corner: boolean): number {
  let s = start;
  // (the leading number is followed by a space or tab right before the start)
  const before = s > 0 ? text.charCodeAt(s - 1) : 0;
  const lead = before !== 32 && before !== 9 ? null : /(?:^|[\s>,])(\d{1,6}[A-Za-z]?)[ \t]+$/u.exec(text.slice(Math.max(0, s - 10), s));
  if (lead) s = s - lead[0].length + lead[0].indexOf(lead[1]);
  if (!corner) return s;
  const cornerOf = /\bthe corner of\s+$/iu.exec(text.slice(Math.max(0, s - 20), s));
  if (cornerOf) s -= cornerOf[0].length;
  return s;
}

/** After "corner of A", take " and B" as part of the address. */
function extendCorner(text: string, start: number, end: number): number {
  if (!/corner of\s+$/i.test(text.slice(Math.max(0, start - 20), start)) && !/^the corner of/i.test(text.slice(start, start + 14))) return end;
  const m = /^\s+and\s+[^\n,.;!?]{1,60}/u.exec(text.slice(end, end + 80));
  return m ? end + m[0].length : end;
}

/** /[\s,;:]/ on one code unit: JavaScript's white space and line terminators, comma, semicolon, colon. */
export function isTrailing(c: number): boolean {
  if (c === 32 || c === 44 || c === 59 || c === 58 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Every PO_BOX match holds one of these (one regex scan is cheaper than four `includes`). */
const BOX_WORD = /box|apartado|caixa|boîte/;
/** Cues the word classes do not mark: "address" (with or without a number after it) and "here they are". */
const CUE_WITHOUT_NUMBER = /address|here they are/;

const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box|postbox|apartado(?: postal)?|caixa postal|boîte postale)\s*#?\s*\d{1,6}\b/giu;

export function findAddresses(text: string, lower: string): AddressHit[] {
  const T = tokenize(text, lower);
  if (T.count === 0) return [];
  readCase(T);
  const cores: Core[] = [];
  findCores(T, cores);
  // the cue regex only where the word scan saw a cue word with a preposition and a number after it
  if ((wordClasses(lower) & W_ADDRESS_CUE) !== 0 || CUE_WITHOUT_NUMBER.test(lower)) findCuedCores(lower, T, cores);
  // (arrays built by literals and push: one array map for V8, whether a text has cores or not)
  const spans: AddressHit[] = [];
  for (const c of cores) spans.push({ start: T.start[c.first], end: T.end[c.last], confidence: c.confidence, reason: c.reason });
  if (BOX_WORD.test(lower)) {
    PO_BOX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PO_BOX.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, reason: 'PO box' });
  }
  if (spans.length === 0) return [];
  // (the case-insensitive "corner of" patterns can only match where the lower-cased text has it)
  const corner = lower.includes('corner of');
  const hits: AddressHit[] = [];
  for (const c of spans) {
    let start = extendBackward(text, c.start, corner);
    let end = c.end;
    if (corner) end = extendCorner(text, start, end);
    end = extendForward(text, end);
    // trailing punctuation is not part of the address (a dot after a house number is: "Szegedi kapu 3.")
    while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
    if (text.charCodeAt(start) === 62) start++; // '>'
    hits.push({ start, end, confidence: c.confidence, reason: c.reason });
  }
  // merge overlapping or adjacent hits (keep the best confidence)
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start);
  const merged: AddressHit[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end + 2 && /^[\s,]*$/.test(text.slice(last.end, h.start))) {
      last.end = Math.max(last.end, h.end);
      if (h.confidence > last.confidence) {
        last.confidence = h.confidence;
        last.reason = h.reason;
      }
    } else merged.push({ ...h });
  }
  return merged;
}
