// What parsePhoneNumberFromString('+' + digits) answers (isValid(), isPossible(), country), from libphonenumber-js's
// metadata with the regexes compiled once (plans.ts), in the library's steps: the calling code is the first one to
// three digits the metadata knows; the national prefix of the code's main plan is stripped (with its transform
// rule) unless the number then fits worse; the country is picked among those of the calling code; validity and
// possible lengths come from that country's plan, or the code's main plan. The digits are those of a number-run
// with its extension left out, as the library reads the raw text. test/unit/detectors/phone-nanp.test.ts compares
// this with the library on numbers of every calling code.
import { callingCodeRules, countryOf, lengthCheck, validFor, type CallingCodeRules } from './plans';

export interface NumberAnswer {
  valid: boolean;
  possible: boolean;
  /** The country the library reports (undefined when none claims the number, or for a non-geographic code). */
  country: string | undefined;
}

/** The library's longest national number (MAX_LENGTH_FOR_NSN) and shortest (MIN_LENGTH_FOR_NSN). */
const MAX_NATIONAL = 17;
const MIN_NATIONAL = 2;

/** extractNationalNumberFromPossiblyIncompleteNumber: the number without the main plan's national prefix. */
function withoutNationalPrefix(rules: CallingCodeRules, number: string): string {
  const plan = rules.main;
  if (plan.prefixForParsing === undefined) return number;
  const m = plan.prefixForParsing.exec(number);
  if (m === null) return number;
  const groups = m.length - 1;
  const hasGroups = groups > 0 && !!m[groups];
  if (plan.prefixTransform !== undefined && hasGroups) return number.replace(plan.prefixForParsing, plan.prefixTransform);
  return number.slice(m[0].length);
}

/** extractNationalNumber: strips the national prefix only when the rest still fits the plan. */
function nationalNumberOf(rules: CallingCodeRules, number: string): string {
  const stripped = withoutNationalPrefix(rules, number);
  if (stripped === number) return number;
  const main = rules.main;
  if (main.national.test(number) && !main.national.test(stripped)) return number;
  if (main.lengths !== undefined) {
    const fit = lengthCheck(countryOf(rules, stripped) ?? main, stripped.length);
    if (fit === 'TOO_SHORT' || fit === 'INVALID_LENGTH') return number;
  }
  return stripped;
}

/** The library's answer for '+' + digits, or undefined where it parses no number. */
export function parseInternationalDigits(digits: string): NumberAnswer | undefined {
  if (digits.length === 0 || digits.charCodeAt(0) === 48) return undefined;
  let rules: CallingCodeRules | undefined;
  let k = 1;
  for (; k <= 3 && k <= digits.length; k++) if ((rules = callingCodeRules(digits.slice(0, k))) !== undefined) break;
  if (rules === undefined || k === digits.length) return undefined;
  const national = nationalNumberOf(rules, digits.slice(k));
  if (national.length < MIN_NATIONAL || national.length > MAX_NATIONAL) return undefined;
  const country = countryOf(rules, national);
  const plan = country ?? rules.main;
  return { valid: validFor(plan, national), possible: lengthCheck(plan, national.length) === 'IS_POSSIBLE', country: country?.country };
}
