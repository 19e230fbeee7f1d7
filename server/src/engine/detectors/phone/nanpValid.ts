// Whether libphonenumber-js calls a North American number valid (parsePhoneNumberFromString(raw, 'US').isValid()),
// answered from its metadata with the regexes compiled once (plans.ts). With the default country US, the library
// takes the country of calling code 1 that claims the national number (leading digits, or number types for a
// country without leading digits), or keeps US when none does, and checks the number against that plan.
// test/unit/detectors/phone-nanp.test.ts compares this with the library.
import { callingCodeRules, countryOf, validFor, type CallingCodeRules, type PlanRule } from './plans';

let nanp: CallingCodeRules | undefined;
let us: PlanRule | undefined;

/**
 * Whether the national significant number (the ten digits after an optional leading 1) is valid when parsed with
 * the default country US.
 */
export function isValidNanpNational(national: string): boolean {
  nanp ??= callingCodeRules('1')!;
  us ??= nanp.countries.find((c) => c.country === 'US')!;
  return validFor(countryOf(nanp, national) ?? us, national);
}
