// Street-type words for address detection: English suffixes ("87 Maple Grove Avenue"), words that come before the
// street name in many languages ("Rue ...", "ul. ..."), and street-type endings of compound words
// ("Lindenstrasse", "Hollandervej", "Rantakatu").

import { fnvRange } from '../fnv';
export const STREET_SUFFIXES = new Set([
  'street', 'st', 'st.', 'str', 'str.', 'avenue', 'ave', 'ave.', 'av', 'av.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.',
  'lane', 'ln', 'ln.', 'drive', 'dr', 'dr.', 'court', 'ct', 'ct.', 'place', 'pl', 'pl.', 'way', 'terrace', 'terr', 'parkway', 'pkwy',
  'circle', 'cir', 'highway', 'hwy', 'square', 'sq', 'sq.', 'trail', 'trl', 'crescent', 'cres', 'close', 'grove', 'row', 'walk',
  'mews', 'hill', 'gardens', 'park', 'point', 'pike', 'alley', 'loop', 'path', 'plaza', 'ridge', 'crossing', 'bypass',
  'expressway', 'freeway', 'causeway', 'esplanade', 'quay', 'wharf', 'embankment', 'heights', 'junction', 'meadows', 'estate',
  'rise', 'vale', 'creek', 'pass', 'pines', 'cove', 'landing', 'manor', 'harbor', 'harbour', 'glen', 'hollow', 'knoll',
  'parade', 'broadway', 'route', 'rte', 'turnpike', 'tpke', 'center', 'centre', 'viaduct', 'greens', 'fork', 'lakes',
  'strasse', 'straße', 'gasse', 'weg', 'allee', 'platz', 'straat', 'laan', 'vej', 'gade', 'gata', 'gatan', 'katu', 'tie',
  'kuja', 'utca', 'u.', 'rkp.', 'út', 'útja', 'tér', 'körút', 'köz', 'sor', 'ulica', 'cesta', 'trg', 'vegur', 'braut', 'kapu', 'sétány',
  'steenweg', 'dreef', 'plein', 'gracht', 'kade', 'veien', 'vei', 'vegen', 'vägen', 'väg', 'gränd', 'torget', 'terrasse',
]);

/** Words written before the street name ("Rue des Lilas 4", "ul. Lipowa 12", "Via Roma 5"). */
export const STREET_PREFIXES = new Set([
  'rue', 'rua', 'rúa', 'via', 'viale', 'calle', 'c/', 'avenida', 'avda', 'avda.', 'av.', 'avenue', 'ul.', 'ul', 'ulica', 'al.', 'aleja',
  'plac', 'piazza', 'piazzale', 'largo', 'corso', 'carrer', 'camino', 'paseo', 'travessa', 'travesía', 'praça', 'praca', 'estrada',
  'rodovia', 'chemin', 'boulevard', 'bd', 'allée', 'impasse', 'place', 'quai', 'strada', 'str.', 'ctra.', 'carretera', 'plaza',
  'ronda', 'vía', 'λεωφόρος', 'λ.', 'οδός', 'odos', 'ulitsa', 'trg', 'rruga', 'sokak', 'cadde', 'caddesi', 'jalan', 'jl.',
  'calzada', 'prolongación', 'vicolo', 'contrada', 'rambla', 'passeig', 'avinguda', 'square', 'route', 'cours', 'vila',
]);

/** Endings of compound street names ("Genterstrasse", "Vesterskovvej", "Tawastintie", "Brixtonlaan"). */
export const STREET_ENDINGS = [
  'strasse', 'straße', 'gasse', 'weg', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'straat', 'laan', 'plein', 'gracht', 'kade',
  'dijk', 'steenweg', 'dreef', 'vej', 'gade', 'vænge', 'stræde', 'veien', 'vegen', 'gata', 'gaten', 'gatan', 'vägen', 'väg', 'gränd',
  'torget', 'stigen', 'backen', 'katu', 'tie', 'kuja', 'polku', 'raitti', 'väylä', 'kaari', 'rinne', 'utca', 'útja', 'vegur',
  'braut', 'stígur', 'gata', 'ulica', 'cesta', 'brücke', 'plaats', 'singel', 'kaai',
];

const ENDINGS_BY_LAST_CHAR = new Map<string, string[]>();
for (const e of new Set(STREET_ENDINGS)) {
  const last = e[e.length - 1];
  const list = ENDINGS_BY_LAST_CHAR.get(last) ?? [];
  list.push(e);
  ENDINGS_BY_LAST_CHAR.set(last, list);
}

/** A compound street name ("lindenstrasse", "hollandervej."): six or more characters ending in a street ending. */
export function hasStreetEnding(wordLower: string): boolean {
  if (wordLower.length < 6) return false;
  const word = wordLower.endsWith('.') ? wordLower.slice(0, -1) : wordLower;
  const list = ENDINGS_BY_LAST_CHAR.get(word[word.length - 1]);
  if (list === undefined) return false;
  for (const e of list) if (word.endsWith(e)) return true;
  return false;
}

/** Unit designators that continue an address ("Apt. 339", "Suite 617", "Unit 8524"). */
export const UNIT_RE = /^(?:apt\.?|apartment|suite|ste\.?|unit|flat|fl\.?|floor|room|rm\.?|bldg\.?|building|#|no\.?|box|p\.?\s?o\.?\s?box|postbox)\s*#?\s*\d{1,6}[A-Za-z]?\b/iu;

/** Words that, right after a number, make it a quantity rather than a house number. */
export const QUANTITY_WORDS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min',
  'mins', 'second', 'seconds', 'pm', 'am', 'p.m.', 'a.m.', "o'clock", 'dollars', 'dollar', 'usd', 'eur', 'euro', 'euros', 'gbp',
  'pounds', 'pound', 'cents', 'percent', 'times', 'people', 'persons', 'guests', 'adults', 'children', 'kids', 'items', 'cards',
  'card', 'transactions', 'transaction', 'payments', 'payment', 'business', 'working', 'digits', 'digit', 'characters', 'tries',
  'attempts', 'ago', 'more', 'less', 'times', 'accounts', 'account',
  'mg', 'mcg', 'meq', 'cc', 'mmhg', 'bpm', 'iu', 'lpm', 'l', 'g', 'gm', 'ml', 'kg', 'lbs', 'units', 'x', 'yrs', 'yo', 'km', 'miles', 'mi', 'gb', 'mb', 'tablets', 'pills',
]);

export const NOT_PLACE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'gate', 'flight',
  'chapter', 'page', 'step', 'version', 'windows', 'iphone', 'ios', 'android', 'terminal', 'platform', 'level', 'section',
  'table', 'figure', 'line', 'item', 'question', 'option', 'account', 'card', 'number', 'the', 'a', 'an', 'my', 'your', 'our',
  'about', 'least', 'most', 'around', 'approximately', 'only', 'just', 'over', 'under', 'least', 'noon', 'midnight', 'least',
  'day', 'week', 'time', 'bed', 'room', 'price', 'cost', 'rate', 'total', 'amount', 'balance', 'limit', 'age', 'pin', 'code',
  'covid', 'tier', 'phase', 'stage', 'grade', 'class', 'size', 'model', 'type', 'group', 'team', 'seat', 'row', 'bus', 'train',
]);

/** Street types that are also English words, written before a name only in other languages ("Place Vendôme"). */
export const ENGLISH_AMBIGUOUS_PREFIX = new Set(['place', 'square', 'route', 'avenue', 'boulevard', 'via', 'plaza', 'bd', 'vila', 'cours']);
/** Short prefixes that mean nothing in all-caps clinical or log text ("AV PACED", "AL 5"). */
export const SHORT_PREFIX = new Set(['av', 'al', 'ul', 'bd', 'c/', 'jl', 'λ', 'str', 'r']);

/** Street types that are also everyday English words: they need a capitalised name before them. */
export const WEAK_SUFFIXES = new Set(['place', 'way', 'point', 'park', 'hill', 'row', 'walk', 'close', 'rise', 'vale', 'center', 'centre', 'fork', 'pass', 'loop', 'path', 'landing', 'crossing', 'view', 'greens', 'lakes', 'heights', 'estate', 'junction', 'square', 'sq', 'sq.', 'pl', 'pl.', 'cir', 'ct', 'ct.', 'dr', 'dr.', 'st', 'st.', 'av', 'av.', 'sor', 'trg', 'tie', 'weg', 'vei', 'route', 'cove', 'glen', 'gate', 'manor', 'creek', 'pines', 'ridge', 'quay']);

/** Street types that also end names of districts and areas ("Notting Hill", "Ealing Broadway"). */
export const AREA_SUFFIXES = new Set(['hill', 'broadway', 'park', 'gardens', 'heights', 'meadows', 'estate', 'vale', 'green', 'greens', 'lakes', 'harbor', 'harbour', 'manor', 'cove', 'glen', 'hollow', 'knoll', 'pines', 'creek', 'landing', 'point', 'crossing', 'junction', 'mews', 'grove', 'row', 'walk', 'rise', 'square', 'plaza', 'center', 'centre']);

/** Words that never sit inside a street name between the house number and the street type. */
export const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'to', 'the', 'of', 'for', 'with', 'by', 'from', 'is', 'was', 'per', 'via', 'and', 'or', 'but', 'not', 'no', 'as', 'into', 'than', 'then', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'a', 'an']);

export const LOCATIVE = new Set(['on', 'at', 'in', 'along', 'off', 'near']);
export const MILITARY_UNIT = new Set(['psc', 'unit', 'cmr']);
export const MILITARY_POST = new Set(['apo', 'fpo', 'dpo']);
export const MILITARY_REGION = new Set(['aa', 'ae', 'ap']);

// Word-list bits: which of the lists above hold a word (lower case, exactly as written), one lookup per word.
export const L_SUFFIX = 1 << 0;
export const L_PREFIX = 1 << 1;
export const L_QUANTITY = 1 << 2;
export const L_NOT_PLACE = 1 << 3;
export const L_FUNCTION = 1 << 4;
export const L_WEAK_SUFFIX = 1 << 5;
export const L_AREA_SUFFIX = 1 << 6;
export const L_AMBIGUOUS_PREFIX = 1 << 7;
export const L_SHORT_PREFIX = 1 << 8;
export const L_LOCATIVE = 1 << 9;
export const L_MILITARY_UNIT = 1 << 10;
export const L_MILITARY_POST = 1 << 11;
export const L_MILITARY_REGION = 1 << 12;
/** "the" */
export const L_THE = 1 << 13;
/** "and" */
export const L_AND = 1 << 14;
/** "or", "to", "and": between two numbers they make a range ("2 or 3", "5 to 10"). */
export const L_RANGE = 1 << 15;
/** "box" */
export const L_BOX = 1 << 16;
/** n, s, e, w, ne, nw, se, sw: a compass point after a street type. */
export const L_COMPASS = 1 << 17;
/** A compound street name ("lindenstrasse"): set by the tokenizer from hasStreetEnding, not by the table. */
export const L_STREET_ENDING = 1 << 18;

const LEXICON = new Map<string, number>();
function addAll(words: Iterable<string>, bit: number): void {
  for (const w of words) LEXICON.set(w, (LEXICON.get(w) ?? 0) | bit);
}
addAll(STREET_SUFFIXES, L_SUFFIX);
addAll(STREET_PREFIXES, L_PREFIX);
addAll(QUANTITY_WORDS, L_QUANTITY);
addAll(NOT_PLACE_WORDS, L_NOT_PLACE);
addAll(FUNCTION_WORDS, L_FUNCTION);
addAll(WEAK_SUFFIXES, L_WEAK_SUFFIX);
addAll(AREA_SUFFIXES, L_AREA_SUFFIX);
addAll(ENGLISH_AMBIGUOUS_PREFIX, L_AMBIGUOUS_PREFIX);
addAll(SHORT_PREFIX, L_SHORT_PREFIX);
addAll(LOCATIVE, L_LOCATIVE);
addAll(MILITARY_UNIT, L_MILITARY_UNIT);
addAll(MILITARY_POST, L_MILITARY_POST);
addAll(MILITARY_REGION, L_MILITARY_REGION);
addAll(['the'], L_THE);
addAll(['and'], L_AND);
addAll(['or', 'to', 'and'], L_RANGE);
addAll(['box'], L_BOX);
addAll(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw'], L_COMPASS);

/** L_* bits of a lower-case word (0 for a word in no list). */
export function lexiconBits(wordLower: string): number {
  return LEXICON.get(wordLower) ?? 0;
}

// The same table by an FNV-1a hash of the entry's char codes (open addressing; the entry's characters are compared
// only when the hash matches), so a word is looked up where it stands in the text, without a string of its own.
const ENTRIES = [...LEXICON.keys()];
const ENTRY_BITS = Int32Array.from(ENTRIES, (e) => LEXICON.get(e)!);
const LONGEST_ENTRY = Math.max(...ENTRIES.map((e) => e.length));
const SLOT_BITS = 11;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const SLOT_HASH = new Int32Array(1 << SLOT_BITS);
/** Entry index + 1 per slot (0: empty). */
const SLOT_ENTRY = new Int32Array(1 << SLOT_BITS);

for (let k = 0; k < ENTRIES.length; k++) {
  const h = fnvRange(ENTRIES[k], 0, ENTRIES[k].length);
  let slot = (h ^ (h >>> 15)) & SLOT_MASK;
  while (SLOT_ENTRY[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
  SLOT_HASH[slot] = h;
  SLOT_ENTRY[slot] = k + 1;
}

/** L_* bits of the lower-case word s[start, end) (0 for a word in no list). */
export function lexiconBitsAt(s: string, start: number, end: number): number {
  const length = end - start;
  if (length > LONGEST_ENTRY) return 0;
  const h = fnvRange(s, start, end);
  for (let slot = (h ^ (h >>> 15)) & SLOT_MASK; SLOT_ENTRY[slot] !== 0; slot = (slot + 1) & SLOT_MASK) {
    if (SLOT_HASH[slot] !== h) continue;
    const k = SLOT_ENTRY[slot] - 1;
    const entry = ENTRIES[k];
    if (entry.length === length && s.startsWith(entry, start)) return ENTRY_BITS[k];
  }
  return 0;
}

/** The endings by the code of their last character (an array read instead of a Map lookup per word). */
const LAST_CODES = Math.max(...[...ENDINGS_BY_LAST_CHAR.keys()].map((c) => c.charCodeAt(0))) + 1;
const ENDINGS_BY_LAST_CODE: (string[] | undefined)[] = new Array<string[] | undefined>(LAST_CODES).fill(undefined);
for (const [last, list] of ENDINGS_BY_LAST_CHAR) ENDINGS_BY_LAST_CODE[last.charCodeAt(0)] = list;

/** hasStreetEnding for the lower-case word s[start, end), without slicing it. */
export function hasStreetEndingAt(s: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  const wordEnd = s.charCodeAt(end - 1) === 46 ? end - 1 : end;
  const last = s.charCodeAt(wordEnd - 1);
  const list = last < LAST_CODES ? ENDINGS_BY_LAST_CODE[last] : undefined;
  if (list === undefined) return false;
  // compared from the end, code by code (most endings differ from the word in their second-last character)
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    const len = e.length;
    if (len > wordEnd - start) continue;
    let j = 2;
    while (j <= len && e.charCodeAt(len - j) === s.charCodeAt(wordEnd - j)) j++;
    if (j > len) return true;
  }
  return false;
}
