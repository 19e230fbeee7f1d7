// Phone validity is answered from libphonenumber-js's metadata with regexes compiled once (phone/plans.ts,
// nanpValid.ts, international.ts) instead of a library call per number: it must give the library's answer, for
// every North American area code, for numbers of every calling code, and for numbers written the way the
// number-run scanner hands them over (separators, a leading 1, +, 00 or (0), extensions).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';
import { scanNumberRuns } from '../../../server/src/engine/detectors/numberRuns';
import { isValidUs, mayBeValidUs, parseInternational } from '../../../server/src/engine/detectors/phone';
import { isValidNanpNational } from '../../../server/src/engine/detectors/phone/nanpValid';

const libraryValid = (raw: string) => parsePhoneNumberFromString(raw, 'US')?.isValid() ?? false;

test('NANP validity: every area code, with exchanges that tell valid from invalid numbers apart', () => {
  let valid = 0;
  for (let area = 200; area <= 999; area++) {
    // exchanges starting 0, 1 and 2-9 (NANP needs 2-9), and a few line numbers the types of some areas single out
    for (const local of ['0123456', '1234567', '2015550', '5550123', '8672290', '9998888', '4410055']) {
      const national = `${area}${local}`;
      const lib = libraryValid(national);
      if (lib) valid++;
      assert.equal(isValidNanpNational(national), lib, national);
    }
  }
  // the check must be able to fail both ways: both answers occur
  assert.ok(valid > 1000 && valid < 5600, `valid ${valid}`);
});

test('NANP validity: runs as the scanner reads them from text give the library answer', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const layout = fc.tuple(
    fc.constantFrom('', '1', '1-', '1 ', '+1 ', '+1-', '+1', '+(1) ', '(', '011 ', '001-', '00 1 '),
    digits(3),
    fc.constantFrom('', '-', ' ', '.', ') ', ')'),
    digits(3),
    fc.constantFrom('', '-', ' ', '.'),
    digits(4),
    fc.constantFrom('', 'x123', ' ext. 45', 'x09667', ' extension 7'),
  );
  let asked = 0;
  fc.assert(
    fc.property(layout, fc.constantFrom('call ', 'my number is ', ''), (parts, before) => {
      const [lead, a, s1, b, s2, c, ext] = parts;
      const text = `${before}${lead}${a}${s1}${b}${s2}${c}${ext} thanks`;
      for (const run of scanNumberRuns(text, 6)) {
        const raw = text.slice(run.start, run.end);
        const intl = run.plus ? 0 : run.digits.startsWith('00') ? 2 : -1;
        if (intl >= 0) {
          // "+1" or "001" and ten national digits: validity, possibility and country as the library reports them
          const p = parsePhoneNumberFromString(run.plus ? raw : '+' + run.digits.slice(intl));
          if (/^1[2-9]\d{9}$/.test(run.digits.slice(intl))) asked++;
          assert.deepEqual(parseInternational(run), p && { valid: p.isValid(), possible: p.isPossible(), country: p.country }, raw);
          continue;
        }
        if (!mayBeValidUs(run.digits)) continue;
        asked++;
        assert.equal(isValidUs(raw, run.digits), libraryValid(raw), raw);
      }
    }),
    { numRuns: 4000, seed: 11 },
  );
  assert.ok(asked > 1000, `asked ${asked}`);
});

test('international numbers: every calling code, national prefixes, odd lengths, as the library parses them', () => {
  const codes = Object.keys((metadata as { country_calling_codes: Record<string, string[]> }).country_calling_codes).concat(Object.keys((metadata as { nonGeographic: object }).nonGeographic));
  const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 14 }).map((d) => d.join(''));
  const number = fc.tuple(fc.constantFrom(...codes), fc.constantFrom('', '0', '(0)', '8', '9', '1', '00', '06', '07'), digits, fc.constantFrom('+', '00', '+(', '+ '), fc.constantFrom(' ', '-', '', '.'), fc.constantFrom('', ' x12', 'x3'));
  let valid = 0;
  let asked = 0;
  fc.assert(
    fc.property(number, ([code, prefix, rest, lead, sep, ext]) => {
      const text = `call ${lead}${code}${sep}${prefix}${sep}${rest.slice(0, 3)}${sep}${rest.slice(3)}${ext} now`;
      for (const run of scanNumberRuns(text, 6)) {
        const intl = run.plus ? 0 : run.digits.startsWith('00') ? 2 : -1;
        if (intl < 0) continue;
        const raw = text.slice(run.start, run.end);
        const p = parsePhoneNumberFromString(run.plus ? raw : '+' + run.digits.slice(intl));
        asked++;
        if (p?.isValid()) valid++;
        assert.deepEqual(parseInternational(run), p && { valid: p.isValid(), possible: p.isPossible(), country: p.country }, raw);
      }
    }),
    { numRuns: 6000, seed: 23 },
  );
  assert.ok(asked > 3000 && valid > 100, `asked ${asked}, valid ${valid}`);
});
