// libphonenumber-js's numbering plans with their regexes compiled once. The library builds a `new RegExp` from each
// pattern it tries on every call, and V8 drops the compiled code of such regexes at garbage collections: a call
// cost 80-200 µs in a long lint. These rules let phone detection ask the library's own questions of its own
// metadata (nanpValid.ts, international.ts) at the cost of a few regex tests.
import { Metadata } from 'libphonenumber-js';

/** The number types in the order the library's getNumberType tries them. */
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** What the runtime Metadata class offers beyond its declared type (libphonenumber-js/source/metadata.js). */
interface MetadataReader {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  numberingPlan: {
    leadingDigits(): string | undefined;
    nationalNumberPattern(): string;
    possibleLengths(): number[] | undefined;
    nationalPrefixForParsing(): string | undefined;
    nationalPrefixTransformRule(): string | undefined;
    hasTypes(): boolean;
    type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  };
}

interface TypeRule {
  pattern: RegExp;
  lengths: number[] | undefined;
}

/** One numbering plan: a country's, or a calling code's main one. */
export interface PlanRule {
  /** The country (undefined for a non-geographic calling code's plan). */
  country: string | undefined;
  /** Set when the library picks this country among those of its calling code by leading digits. */
  leading: RegExp | undefined;
  national: RegExp;
  /** Possible lengths of a national number (undefined when the metadata has none). */
  lengths: number[] | undefined;
  /** The national prefix (and carrier code) to strip when parsing, anchored at the start. */
  prefixForParsing: RegExp | undefined;
  prefixTransform: string | undefined;
  /** Undefined when the metadata keeps no number types for the plan. */
  types: TypeRule[] | undefined;
}

/** A calling code: its main plan and its countries, in the metadata's order (empty for non-geographic codes). */
export interface CallingCodeRules {
  main: PlanRule;
  countries: PlanRule[];
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

let reader: MetadataReader | undefined;
const byCallingCode = new Map<string, CallingCodeRules | null>();

function readPlan(metadata: MetadataReader, country: string | undefined): PlanRule {
  const plan = metadata.numberingPlan;
  const leading = plan.leadingDigits();
  const prefix = plan.nationalPrefixForParsing();
  let types: TypeRule[] | undefined;
  if (plan.hasTypes()) {
    types = [];
    for (const name of TYPES) {
      const type = plan.type(name);
      // (a type with an empty pattern holds no number: "MOBILE" of US means "same as fixed line")
      if (type && type.pattern()) types.push({ pattern: entirely(type.pattern()), lengths: type.possibleLengths() });
    }
  }
  return {
    country,
    leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
    national: entirely(plan.nationalNumberPattern()),
    lengths: plan.possibleLengths() || undefined,
    prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    prefixTransform: plan.nationalPrefixTransformRule() || undefined,
    types,
  };
}

/** The rules of a calling code ("41"), or undefined when the metadata has no such calling code. */
export function callingCodeRules(callingCode: string): CallingCodeRules | undefined {
  let rules = byCallingCode.get(callingCode);
  if (rules === undefined) {
    const metadata = (reader ??= new Metadata() as unknown as MetadataReader);
    rules = null;
    if (metadata.hasCallingCode(callingCode)) {
      const codes = metadata.getCountryCodesForCallingCode(callingCode) ?? [];
      metadata.selectNumberingPlan(callingCode);
      const main = readPlan(metadata, codes[0]);
      const countries = codes.map((country) => {
        metadata.selectNumberingPlan(country);
        return readPlan(metadata, country);
      });
      rules = { main, countries };
    }
    byCallingCode.set(callingCode, rules);
  }
  return rules ?? undefined;
}

/** getNumberType(national, plan) !== undefined: the national pattern and one of the number types hold it. */
export function hasType(rule: PlanRule, national: string): boolean {
  if (!rule.types || !rule.national.test(national)) return false;
  for (const t of rule.types) if ((t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national)) return true;
  return false;
}

/** isValid() under the plan: its number types, or its national pattern when the metadata keeps no types. */
export const validFor = (rule: PlanRule, national: string): boolean => (rule.types ? hasType(rule, national) : rule.national.test(national));

/**
 * The library's checkNumberLength(): 'IS_POSSIBLE' when the plan has no lengths or lists this one, else how the
 * length misses ('TOO_SHORT', 'TOO_LONG', 'INVALID_LENGTH').
 */
export function lengthCheck(rule: PlanRule, length: number): 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' {
  const lengths = rule.lengths;
  if (!lengths) return 'IS_POSSIBLE';
  if (lengths[0] === length) return 'IS_POSSIBLE';
  if (lengths[0] > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/**
 * The country the library assigns a national number to among those of its calling code (getCountryByCallingCode):
 * the only one, or the first whose leading digits start the number or, without leading digits, whose types hold it.
 */
export function countryOf(rules: CallingCodeRules, national: string): PlanRule | undefined {
  const countries = rules.countries;
  if (countries.length <= 1) return countries[0];
  for (const rule of countries) {
    if (rule.leading) {
      if (national !== '' && rule.leading.test(national)) return rule;
    } else if (hasType(rule, national)) return rule;
  }
  return undefined;
}
