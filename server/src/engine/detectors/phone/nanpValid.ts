// Whether libphonenumber-js calls a North American number valid (parsePhoneNumberFromString(raw, 'US').isValid()),
// answered from the library's own metadata with its regexes compiled once. The library builds a `new RegExp` from
// each pattern it tries on every call, and V8 drops the compiled code of such regexes at garbage collections: a call
// cost ~100 µs in a long lint. The questions are asked in the library's order: the country sharing calling code 1
// is the first whose leading digits start the number or, for a country without leading digits, whose number types
// hold it (US when none does); the number is valid when that country's types hold it (its national pattern when
// the metadata keeps no types for it). test/unit/detectors/phone-nanp.test.ts compares this with the library.
import { Metadata } from 'libphonenumber-js';

/** The number types in the order the library's getNumberType tries them. */
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** What the runtime Metadata class offers beyond its declared type (libphonenumber-js/source/metadata.js). */
interface PlanReader {
  selectNumberingPlan(country: string): void;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  numberingPlan: {
    leadingDigits(): string | undefined;
    nationalNumberPattern(): string;
    hasTypes(): boolean;
    type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
    possibleLengths(): number[];
  };
}

interface TypeRule {
  pattern: RegExp;
  lengths: number[] | undefined;
}

interface CountryRule {
  country: string;
  /** Set when the metadata picks this country by leading digits. */
  leading: RegExp | undefined;
  national: RegExp;
  /** The plan's possible lengths of a national number. */
  lengths: number[];
  /** Undefined when the metadata keeps no number types for the country. */
  types: TypeRule[] | undefined;
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

let rules: CountryRule[] | undefined;
/** The rule of the default country the detector gives the library (US). */
let usRule: CountryRule | undefined;

function nanpRules(): CountryRule[] {
  if (rules) return rules;
  const metadata = new Metadata() as unknown as PlanReader;
  rules = [];
  for (const country of metadata.getCountryCodesForCallingCode('1') ?? []) {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan;
    const leading = plan.leadingDigits();
    let types: TypeRule[] | undefined;
    if (plan.hasTypes()) {
      types = [];
      for (const name of TYPES) {
        const type = plan.type(name);
        // (a type with an empty pattern holds no number: "MOBILE" of US means "same as fixed line")
        if (type && type.pattern()) types.push({ pattern: entirely(type.pattern()), lengths: type.possibleLengths() });
      }
    }
    rules.push({
      country,
      leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
      national: entirely(plan.nationalNumberPattern()),
      lengths: plan.possibleLengths(),
      types,
    });
  }
  usRule = rules.find((r) => r.country === 'US');
  return rules;
}

/** getNumberType(national, country) !== undefined: the national pattern and one of the number types hold it. */
function hasType(rule: CountryRule, national: string): boolean {
  if (!rule.types || !rule.national.test(national)) return false;
  for (const t of rule.types) if ((t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national)) return true;
  return false;
}

/** The country of calling code 1 the library assigns the national number to (undefined when none claims it). */
function claimingCountry(national: string): CountryRule | undefined {
  for (const rule of nanpRules()) if (rule.leading ? rule.leading.test(national) : hasType(rule, national)) return rule;
  return undefined;
}

const validFor = (rule: CountryRule, national: string) => (rule.types ? hasType(rule, national) : rule.national.test(national));

/**
 * Whether the national significant number (the ten digits after an optional leading 1) is valid when parsed with
 * the default country US: the number's country, or US when no country claims it, holds it.
 */
export function isValidNanpNational(national: string): boolean {
  nanpRules();
  return validFor(claimingCountry(national) ?? usRule!, national);
}

export interface NumberAnswer {
  valid: boolean;
  possible: boolean;
  /** The country the library reports (undefined when no country claims the number). */
  country: string | undefined;
}

/**
 * What parsePhoneNumberFromString("+1" + national) answers for a national significant number that starts with 2-9
 * (no national prefix to strip): isValid(), isPossible() (the length fits the plan of the number's country, or of
 * the calling code's main country, the first of its list, when none claims it) and country.
 */
export function nanpInternational(national: string): NumberAnswer {
  const all = nanpRules();
  const rule = claimingCountry(national);
  const plan = rule ?? all[0];
  return { valid: rule !== undefined && validFor(rule, national), possible: plan.lengths.includes(national.length), country: rule?.country };
}
