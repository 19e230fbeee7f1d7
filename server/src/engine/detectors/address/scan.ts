// Finds street addresses: a street core (number + street words, street-type prefix/suffix, compound street
// names, PO/military boxes, or words + number after an address cue), then grows it over a leading house number,
// "the corner of", units (Apt. 4), and following locality lines (city, region, postal code, country).
import { NOT_PLACE_WORDS, QUANTITY_WORDS, STREET_PREFIXES, UNIT_RE } from './lexicon';
import { STREET_ENDING, STREET_PREFIX, STREET_SUFFIX, isCapitalized, isUpperCaseWord, tokenize, type Token } from './tokens';
import { W_ADDRESS_CUE, wordClasses } from '../wordClasses';

export interface AddressHit {
  start: number;
  end: number;
  confidence: number;
  reason: string;
}

const ENGLISH_AMBIGUOUS_PREFIX = new Set(['place', 'square', 'route', 'avenue', 'boulevard', 'via', 'plaza', 'bd', 'vila', 'cours']);
/** Short prefixes that mean nothing in all-caps clinical or log text ("AV PACED", "AL 5"). */
const SHORT_PREFIX = new Set(['av', 'al', 'ul', 'bd', 'c/', 'jl', 'λ', 'str', 'r']);

/** Street types that are also everyday English words: they need a capitalised name before them. */
const WEAK_SUFFIXES = new Set(['place', 'way', 'point', 'park', 'hill', 'row', 'walk', 'close', 'rise', 'vale', 'center', 'centre', 'fork', 'pass', 'loop', 'path', 'landing', 'crossing', 'view', 'greens', 'lakes', 'heights', 'estate', 'junction', 'square', 'sq', 'sq.', 'pl', 'pl.', 'cir', 'ct', 'ct.', 'dr', 'dr.', 'st', 'st.', 'av', 'av.', 'sor', 'trg', 'tie', 'weg', 'vei', 'route', 'cove', 'glen', 'gate', 'manor', 'creek', 'pines', 'ridge', 'quay']);

/** Street types that also end names of districts and areas ("Notting Hill", "Ealing Broadway"). */
const AREA_SUFFIXES = new Set(['hill', 'broadway', 'park', 'gardens', 'heights', 'meadows', 'estate', 'vale', 'green', 'greens', 'lakes', 'harbor', 'harbour', 'manor', 'cove', 'glen', 'hollow', 'knoll', 'pines', 'creek', 'landing', 'point', 'crossing', 'junction', 'mews', 'grove', 'row', 'walk', 'rise', 'square', 'plaza', 'center', 'centre']);

/** Phrases after which a place usually follows: "address is", "lives at", "sent to", "corner of". */
const CUE = /\b(?:address(?:es)?\b(?:[^.!\n]{0,45}?\b(?:is|are|to|with|at)\b|\s*(?::|is|-))|(?:lives?|lived|living|resides?|residing|located|situated|based|office is|arrived|meet(?: me| you| us)?|drops? (?:you|me|us) off|stop|stay(?:ing)?|it'?s|is|are|moved|move) (?:at|on|in|to)\b|(?:sent|send(?: it| them| this| that| a new one| the \w+)?|ship(?:ped)?(?: it)?|deliver(?:ed)?(?: it)?|mail(?:ed)?(?: it)?|return(?:ed)?(?: it)?|taxi|refers|change[sd]?(?: my)?(?: \w+)? address|update[sd]?(?: my)?(?: \w+)? address) to\b|here they are\s*:|corner of|side of|enter on)/gu;

/** Words that never sit inside a street name between the house number and the street type. */
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'to', 'the', 'of', 'for', 'with', 'by', 'from', 'is', 'was', 'per', 'via', 'and', 'or', 'but', 'not', 'no', 'as', 'into', 'than', 'then', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'a', 'an']);

let capsCache: { toks: Token[]; value: boolean } | undefined;
/** True when the text is (nearly) all upper case: capitalisation then says nothing about names. */
function shouting(toks: Token[]): boolean {
  if (capsCache?.toks === toks) return capsCache.value;
  let upper = 0;
  let lower = 0;
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    if (isUpperCaseWord(t)) upper++;
    else lower++;
  }
  const value = upper >= 4 && lower * 5 < upper;
  capsCache = { toks, value };
  return value;
}

function wordOk(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !NOT_PLACE_WORDS.has(t.lower);
}

function isSuffix(t: Token | undefined): boolean {
  return !!t && (t.street & STREET_SUFFIX) !== 0;
}

function isPrefix(t: Token | undefined): boolean {
  if (!t || (t.street & STREET_PREFIX) === 0) return false;
  const bare = t.bare;
  // "place." ends a sentence; abbreviations such as "ul." or "av." keep their dot
  if (t.lower.endsWith('.') && !STREET_PREFIXES.has(t.lower) && bare.length > 3) return false;
  if (SHORT_PREFIX.has(bare) && t.text === t.text.toUpperCase() && t.text.length > 1 && /\p{L}{2}/u.test(t.text)) return false;
  return !ENGLISH_AMBIGUOUS_PREFIX.has(bare) || isCapitalized(t);
}

const isTitlecase = (t: Token) => t.kind === 'word' && /^\p{Lu}[\p{Ll}\p{M}'’\-]/u.test(t.text);

/** A num token (\d{1,8}[A-Za-z]?) with at most six digits. */
function isHouseNumber(t: Token | undefined): boolean {
  if (!t || t.kind !== 'num') return false;
  const last = t.text.charCodeAt(t.text.length - 1);
  return t.text.length - (last > 57 ? 1 : 0) <= 6;
}

const LOCATIVE = new Set(['on', 'at', 'in', 'along', 'off', 'near']);
const MILITARY_UNIT = new Set(['psc', 'unit', 'cmr']);
const MILITARY_POST = new Set(['apo', 'fpo', 'dpo']);
const MILITARY_REGION = new Set(['aa', 'ae', 'ap']);

interface Core {
  first: number; // token index
  last: number; // token index, inclusive
  confidence: number;
  reason: string;
}

/** Street cores that need no context. */
function findCores(toks: Token[]): Core[] {
  const cores: Core[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (1) 87 Maple Grove Avenue / 19 oak road / 1600 Pennsylvania Ave NW
    if (isHouseNumber(t) && toks[i + 1]?.kind === 'word' && !QUANTITY_WORDS.has(toks[i + 1].lower)) {
      for (let k = 1; k <= 5 && i + k < toks.length; k++) {
        const w = toks[i + k];
        if (w.kind !== 'word' || FUNCTION_WORDS.has(w.lower)) break;
        // "8 MCG. BP": an abbreviation with a dot inside the street name is a measurement, not a street
        if (k < 5 && isSuffix(toks[i + k + 1]) === false && /\.$/.test(w.text) && !isSuffix(w) && w.text.length > 3) break;
        const caseless = !hasUpper(toks) || shouting(toks);
        const weak = WEAK_SUFFIXES.has(w.lower);
        const nameOk = caseless ? !weak : isCapitalized(toks[i + 1]) || /^\d/.test(toks[i + 1].text);
        if (k >= 2 && isSuffix(w) && wordOk(toks[i + 1]) && nameOk && (!shouting(toks) || w.bare.length >= 4)) {
          let last = i + k;
          if (toks[last + 1]?.kind === 'word' && /^(n|s|e|w|ne|nw|se|sw)\.?$/i.test(toks[last + 1].text) && toks[last + 1].text[0] === toks[last + 1].text[0].toUpperCase()) last++;
          cores.push({ first: i, last, confidence: 0.9, reason: 'house number and street type' });
          break;
        }
        // 31 Rue des Lilas
        if (k === 1 && isPrefix(w) && toks[i + 2]?.kind === 'word' && !(shouting(toks) && ENGLISH_AMBIGUOUS_PREFIX.has(w.lower))) {
          let last = i + 2;
          while (last + 1 < toks.length && last - i < 6 && toks[last + 1].kind === 'word' && isCapitalized(toks[last + 1])) last++;
          cores.push({ first: i, last, confidence: 0.85, reason: 'house number and street prefix' });
          break;
        }
      }
    }
    // (2) Rue des Lilas 4 / ul. Lipowa 12 / Rua das Laranjeiras 218
    if (isPrefix(t) && !(shouting(toks) && ENGLISH_AMBIGUOUS_PREFIX.has(t.lower)) && (i === 0 || toks[i - 1].kind !== 'word' || !isPrefix(toks[i - 1]))) {
      for (let k = 1; k <= 6 && i + k < toks.length; k++) {
        const w = toks[i + k];
        if (isHouseNumber(w) && k >= 2) {
          cores.push({ first: i, last: i + k, confidence: 0.85, reason: 'street prefix and house number' });
          break;
        }
        if (w.kind !== 'word') break;
      }
    }
    // (3) Lindenstrasse 49 / Szegedi kapu 3 / Petőfi Sándor útja 62
    if (t.kind === 'word' && ((t.street & STREET_ENDING) !== 0 || (isSuffix(t) && (t.bare.length >= 4 || t.lower === 'u.' || t.lower === 'rkp.') && !shouting(toks)))) {
      const next = toks[i + 1];
      if (isHouseNumber(next) && ((t.street & STREET_ENDING) !== 0 || isCapitalized(toks[i - 1] ?? t) || toks[i - 1]?.kind === 'word')) {
        let first = i;
        while (first - 1 >= 0 && i - first < 3 && toks[first - 1].kind === 'word' && !NOT_PLACE_WORDS.has(toks[first - 1].lower) && (isCapitalized(toks[first - 1]) || !hasUpper(toks))) first--;
        // a suffix word that is ordinary English ("park 5") needs a name before it
        if (first === i && (t.street & STREET_ENDING) === 0) continue;
        cores.push({ first, last: i + 1, confidence: 0.85, reason: 'street name and house number' });
      }
    }
    // (5) 4410 Tamme 12 + newline or unit / Kase 18 Suite 20: name between numbers, then an address line break
    if ((isHouseNumber(t) && toks[i + 1]?.kind === 'word') || (t.kind === 'word' && (i === 0 || toks[i - 1].kind !== 'word'))) {
      const wordsFrom = t.kind === 'num' ? i + 1 : i;
      let k = wordsFrom;
      while (k < toks.length && k - wordsFrom < 4 && toks[k].kind === 'word') k++;
      const first = toks[wordsFrom];
      if (k > wordsFrom && isHouseNumber(toks[k]) && wordOk(first) && !QUANTITY_WORDS.has(first.lower) && (isCapitalized(first) || !hasUpper(toks))) {
        const after = toks[k + 1];
        const unitAfter = after && mayStartUnit(after) && UNIT_RE.test(sliceFrom(toks, k + 1));
        const lineAfter = after?.kind === 'nl' && (t.kind === 'num' || i === 0 || toks[i - 1].kind === 'nl' || toks[i - 1].text === '>');
        const blockHasCode = lineAfter && /\b(?:\d{4,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/.test(linesAfter(toks, k + 1, 4));
        if ((unitAfter || blockHasCode) && !shouting(toks)) cores.push({ first: i, last: k, confidence: unitAfter ? 0.8 : 0.7, reason: unitAfter ? 'street and unit' : 'address line' });
      }
    }
    // (7) on Elm Hollow Street: a named street without a number after a locative preposition
    if (t.kind === 'word' && LOCATIVE.has(t.lower) && !shouting(toks)) {
      let k = i + 1;
      while (k < toks.length && k - i <= 4 && toks[k].kind === 'word' && isCapitalized(toks[k]) && !isSuffix(toks[k]) && !NOT_PLACE_WORDS.has(toks[k].lower)) k++;
      // a strong street type only: "in Maida Hill", "in Ealing Broadway" name districts
      if (k > i + 1 && isSuffix(toks[k]) && isCapitalized(toks[k]) && toks[k].lower.length >= 4 && !WEAK_SUFFIXES.has(toks[k].lower) && !AREA_SUFFIXES.has(toks[k].lower)) cores.push({ first: i + 1, last: k, confidence: 0.6, reason: 'named street without a house number' });
    }
    // (4) PSC 4102, Box 7713 / Unit 2210 Box 0415 / P.O. Box 123 / USS Example ... FPO AE 09012
    if (t.kind === 'word' && isHouseNumber(toks[i + 1]) && MILITARY_UNIT.has(t.lower)) {
      let j = i + 2;
      if (toks[j]?.text === ',') j++;
      if (toks[j]?.lower === 'box' && isHouseNumber(toks[j + 1])) cores.push({ first: i, last: j + 1, confidence: 0.9, reason: 'military mail box' });
    }
    if (t.kind === 'word' && isHouseNumber(toks[i + 2]) && toks[i + 1].kind === 'word' && MILITARY_POST.has(t.lower) && MILITARY_REGION.has(toks[i + 1].lower)) {
      let first = i;
      // USS Example\nFPO AE 09012: take the ship/unit line before
      let j = i - 1;
      if (toks[j]?.kind === 'nl') {
        let k = j - 1;
        while (k >= 0 && toks[k].kind !== 'nl' && j - k < 6) k--;
        if (k + 1 < j && /^(uss|usns|usnv|uscgc|usns|unit|psc|cmr)$/i.test(toks[k + 1].text)) first = k + 1;
      }
      cores.push({ first, last: i + 2, confidence: 0.9, reason: 'military post office' });
    }
  }
  return cores;
}

/**
 * Whether UNIT_RE may match the text from token t on: its first character starts some unit word (apt, suite, unit,
 * flat, room, box, #, no, p.o. box ...; "ſ" folds to "s" under the regex's case-insensitive Unicode matching).
 */
export function mayStartUnit(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return c === 97 || c === 115 || c === 117 || c === 102 || c === 114 || c === 98 || c === 35 || c === 110 || c === 112 || c === 0x17f;
}

/** Text of the next `n` lines starting at token j. */
function linesAfter(toks: Token[], j: number, n: number): string {
  let out = '';
  let lines = 0;
  for (let k = j; k < toks.length && lines <= n; k++) {
    if (toks[k].kind === 'nl') lines++;
    out += ' ' + toks[k].text;
  }
  return out;
}

/** Text from token j to the end of its line (for unit checks). */
function sliceFrom(toks: Token[], j: number): string {
  let out = '';
  for (let k = j; k < toks.length && k - j < 5 && toks[k].kind !== 'nl'; k++) out += (k > j ? ' ' : '') + toks[k].text;
  return out;
}

let upperCache: { toks: Token[]; value: boolean } | undefined;
function hasUpper(toks: Token[]): boolean {
  if (upperCache?.toks === toks) return upperCache.value;
  const value = toks.some((t) => t.kind === 'word' && isCapitalized(t));
  upperCache = { toks, value };
  return value;
}

/** Words and a number right after an address cue: "address is Lise and Havnegade 9". */
function findCuedCores(text: string, lower: string, toks: Token[]): Core[] {
  const cores: Core[] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(lower)) !== null) {
    const after = m.index + m[0].length;
    let i = toks.findIndex((t) => t.start >= after);
    if (i < 0) continue;
    while (toks[i] && (toks[i].text === ':' || toks[i].kind === 'nl' || toks[i].text === '>')) i++;
    if (!toks[i] || toks[i].start - after > 12) continue;
    // skip "the corner of" already in the cue; allow a leading "the"
    const start = i;
    let sawNumber = false;
    let sawWord = false;
    let j = i;
    let lastUseful = -1;
    for (; j < toks.length && j - start < 14; j++) {
      const t = toks[j];
      if (t.kind === 'nl' || (t.kind === 'punct' && /[.?!;,()]/.test(t.text))) break;
      if (t.kind === 'num') {
        if (!isHouseNumber(t)) break;
        const next = toks[j + 1];
        if (next && next.kind === 'word' && QUANTITY_WORDS.has(next.lower)) break;
        // "2 or 3", "5 to 10": ranges, not house numbers
        if (next && /^(or|to|and|-)$/.test(next.lower) && toks[j + 2]?.kind === 'num') break;
        const prev = toks[j - 1];
        if (prev && prev.kind === 'word' && NOT_PLACE_WORDS.has(prev.lower) && j - 1 >= start) break;
        sawNumber = true;
        lastUseful = j;
      } else if (t.kind === 'word') {
        if (NOT_PLACE_WORDS.has(t.lower) && t.lower !== 'the' && j === start) break;
        // a word with a dot that is no street abbreviation ends the sentence ("BB. Pt has 5")
        if (t.text.endsWith('.') && !isSuffix(t) && !isPrefix(t) && !/^\p{Lu}\.$/u.test(t.text)) break;
        if (t.lower.length >= 3) sawWord = true;
        if (sawNumber && !isCapitalized(t) && hasUpper(toks) && !isSuffix(t) && t.lower !== 'and') break;
        lastUseful = j;
      } else if (t.text !== "'" && t.text !== '-' && t.text !== '/') break;
    }
    if (sawNumber && sawWord && lastUseful >= start) {
      // at least one capitalised word (or an all-lowercase text), so "at 3 pm" and "to 2 friends" stay out
      const words = toks.slice(start, lastUseful + 1).filter((t) => t.kind === 'word');
      const streetWord = words.some((w) => (isSuffix(w) || isPrefix(w) || (w.street & STREET_ENDING) !== 0) && (!shouting(toks) || (w.lower.length >= 4 && !WEAK_SUFFIXES.has(w.lower))));
      // mixed-case text: the place starts with a number or a capital; all-lower or all-caps text gives no
      // capitalisation signal, so a street word or an explicit "address" cue is needed
      const first = toks[start];
      const mixedCase = hasUpper(toks) && !shouting(toks);
      const ok = mixedCase
        ? first.kind === 'num' || (isCapitalized(first) && !FUNCTION_WORDS.has(first.lower)) || (first.lower === 'the' && streetWord)
        : streetWord || (/^address/.test(m[0]) && !shouting(toks));
      // in mixed-case text a place has a Titlecase word or a street word ("AV PACED 75" is a reading)
      if (ok && (streetWord || !mixedCase || words.some(isTitlecase))) {
        cores.push({ first: start, last: lastUseful, confidence: 0.8, reason: 'place after an address cue' });
      }
    }
  }
  void text;
  return cores;
}

const LOCALITY_PIECE = [
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

/** Extends an address end over units and locality pieces that follow. */
function extendForward(text: string, end: number): number {
  let pos = end;
  for (let pieces = 0; pieces < 6; pieces++) {
    const sep = LEADING_SEP.exec(text.slice(pos, pos + 12));
    if (!sep) break;
    const rest = text.slice(pos + sep[0].length, pos + sep[0].length + 80);
    const newline = sep[0].includes('\n');
    const comma = sep[0].includes(',');
    let matched = 0;
    for (let k = 0; k < LOCALITY_PIECE.length; k++) {
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
  const lead = /(?:^|[\s>,])(\d{1,6}[A-Za-z]?)[ \t]+$/u.exec(text.slice(Math.max(0, s - 10), s));
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

const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box|postbox|apartado(?: postal)?|caixa postal|boîte postale)\s*#?\s*\d{1,6}\b/giu;

export function findAddresses(text: string, lower: string): AddressHit[] {
  const toks = tokenize(text, lower);
  if (toks.length === 0) return [];
  const cores = findCores(toks);
  // the cue regex only where the word scan saw a cue word with a preposition and a number after it
  if ((wordClasses(lower) & W_ADDRESS_CUE) !== 0 || lower.includes('address') || lower.includes('here they are')) cores.push(...findCuedCores(text, lower, toks));
  const spans = cores.map((c) => ({ start: toks[c.first].start, end: toks[c.last].end, confidence: c.confidence, reason: c.reason }));
  if (lower.includes('box') || lower.includes('apartado') || lower.includes('caixa') || lower.includes('boîte')) {
    PO_BOX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PO_BOX.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, reason: 'PO box' });
  }
  if (spans.length === 0) return [];
  // (the case-insensitive "corner of" patterns can only match where the lower-cased text has it)
  const corner = lower.includes('corner of');
  const hits: AddressHit[] = spans.map((c) => {
    let start = extendBackward(text, c.start, corner);
    let end = c.end;
    if (corner) end = extendCorner(text, start, end);
    end = extendForward(text, end);
    // trailing punctuation is not part of the address (a dot after a house number is: "Szegedi kapu 3.")
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    if (text[start] === '>' ) start++;
    return { start, end, confidence: c.confidence, reason: c.reason };
  });
  // merge overlapping or adjacent hits (keep the best confidence)
  hits.sort((a, b) => a.start - b.start);
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
