// IBANs, compact or printed in groups of four, validated by country length and mod-97 (ibantools).
// Documented sample IBANs are test values.
import type * as IbanTools from 'ibantools' with { 'resolution-mode': 'import' };
import type { Detection } from '../types';
import { SAMPLE_IBANS } from '../fix/testValues';
import { F_LETTERS2_DIGITS2 } from './textFacts';
import type { Detector } from './types';
import { hit, matches } from './util';

// ibantools ships its CommonJS build under the `require` condition; its typings are ESM-only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { electronicFormatIBAN, isValidIBAN } = require('ibantools') as typeof IbanTools;

const CANDIDATE = /\b[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){11,30}\b/g;
const SAMPLES = new Set([
  ...Object.values(SAMPLE_IBANS),
  'GB29NWBK60161331926819',
  'GB33BUKB20201555555555',
  'DE75512108001245126199',
]);

export function isSampleIban(electronic: string): boolean {
  return SAMPLES.has(electronic);
}

export const ibanDetector: Detector = {
  id: 'iban',
  entity: 'IBAN_CODE',
  category: 'pii',
  defaultSeverity: 'error',
  minDigits: 8,
  // country code and check digits start a word: GB29, FR76
  anyFacts: F_LETTERS2_DIGITS2,
  description: 'International bank account numbers (IBAN), validated by country format and the mod-97 check. Documented sample IBANs are test values.',
  truePositives: [
    { text: 'IBAN GB69QWER12345678901234 please', expect: ['GB69QWER12345678901234'] },
    { text: 'send to FR76 3000 6000 0112 3456 7890 189.', expect: ['FR76 3000 6000 0112 3456 7890 189'] },
    { text: 'sample DE89 3704 0044 0532 0130 00', expect: ['DE89 3704 0044 0532 0130 00'] },
  ],
  falsePositives: [{ text: 'reference AB12 3456 7890 1234 5678' }, { text: 'order GB12ABCD1234567890' }],
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(CANDIDATE, text)) {
      let value = m[0];
      // trim trailing groups until valid (a following word may have been absorbed: "...189 and")
      let electronic = electronicFormatIBAN(value) ?? '';
      let valid = isValidIBAN(electronic);
      while (!valid && value.length > 15) {
        const cut = value.search(/[ \-][A-Za-z0-9]*$/);
        if (cut <= 0) break;
        value = value.slice(0, cut);
        electronic = electronicFormatIBAN(value) ?? '';
        valid = isValidIBAN(electronic);
      }
      if (!valid) continue;
      const test = isSampleIban(electronic.toUpperCase());
      out.push(hit(ibanDetector, m.index, m.index + value.length, 0.99, test ? 'documented sample IBAN' : 'IBAN, mod-97 valid', { testValue: test }));
    }
    return out;
  },
};
