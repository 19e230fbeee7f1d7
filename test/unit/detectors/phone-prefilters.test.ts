// Phone detection's shortcuts must not change what it finds: the prefilter lets through every text detect() finds
// something in, the NANP shape check never rejects a number libphonenumber-js calls valid for US, and the
// allocation-light number-run scanner returns the runs of the straightforward scanner it replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { scanNumberRuns, type NumberRun } from '../../../server/src/engine/detectors/numberRuns';
import { mayHoldPhone, mayBeValidUs, phoneDetector } from '../../../server/src/engine/detectors/phone';
import { DEFAULT_CONFIG } from '../../../server/src/engine/policy/config';

const options = DEFAULT_CONFIG.detectorOptions;

/** The scanner before it kept its groups in scratch arrays (reference for the equivalence property). */
function referenceRuns(text: string, minDigits = 1): NumberRun[] {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const sepLength = (i: number) => {
    let n = 0;
    while (n < 3 && i + n < text.length && ' -./()\u00a0'.includes(text[i + n])) n++;
    return n;
  };
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && (isDigit(text.charCodeAt(i + 1)) || text[i + 1] === '(')))) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (prev >= 0 && (isDigit(prev) || isLetter(prev))) {
      for (i++; i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i))); i++);
      continue;
    }
    const start = i;
    const plus = text[i] === '+';
    if (plus) i++;
    let open = 0;
    for (; text[i] === '('; i++) open++;
    const groups: number[] = [];
    const seps: string[] = [];
    let digits = '';
    let end = i;
    while (i < n) {
      let g = 0;
      for (; i < n && isDigit(text.charCodeAt(i)); i++, g++) digits += text[i];
      if (g === 0) break;
      groups.push(g);
      end = i;
      const s = sepLength(i);
      if (s === 0 || i + s >= n || !isDigit(text.charCodeAt(i + s))) {
        if (text[i] === ')' && open > 0) end = i + 1;
        break;
      }
      const sep = text.slice(i, i + s);
      if (/\.\s|\s\./.test(sep) || /\/.*\//.test(sep)) break;
      seps.push(sep);
      i += s;
    }
    if (groups.length === 0) {
      i = start + 1;
      continue;
    }
    let ext: string | undefined;
    const tail = /^\s?(?:x|ext\.?|extension)\s?(\d{1,6})(?![\dA-Za-z])/i.exec(text.slice(end, end + 20));
    if (tail && digits.length >= 7) {
      ext = tail[1];
      end += tail[0].length;
    }
    if (end < n && isLetter(text.charCodeAt(end))) {
      for (i = end; i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i))); i++);
      continue;
    }
    if (digits.length >= minDigits) runs.push({ start, end, digits, groups, seps, plus, ext });
    i = Math.max(end, start + 1);
  }
  return runs;
}

const piece = fc.oneof(
  fc.constantFrom(' ', '-', '.', '/', '(', ')', '+', '\u00a0', '\u2003', '\t', 'x', 'X', 'ext', 'Ext.', 'extension', 'a', ':', ',', '#', 'call', 'pager', 'tel'),
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.constantFrom('415', '867', '2290', '555', '0142', '1', '00', '44', '07700', '900123', '(0)'),
);
const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));

test('number runs: the scanner returns the runs of the reference scanner', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 12 }), (t, min) => {
      assert.deepEqual(scanNumberRuns(t, min), referenceRuns(t, min));
    }),
    { numRuns: 5000, seed: 3 },
  );
});

test('phone: the prefilter lets through every text detect() finds something in', () => {
  fc.assert(
    fc.property(text, (t) => {
      const lower = t.toLowerCase();
      if (phoneDetector.detect(t, { role: 'utterance', lower, options }).length > 0) assert.ok(mayHoldPhone(lower), `prefilter hides ${JSON.stringify(t)}`);
    }),
    { numRuns: 5000, seed: 5 },
  );
  for (const ex of phoneDetector.truePositives) assert.ok(mayHoldPhone(ex.text.toLowerCase()), ex.text);
});

test('phone: a 10-digit (or 1 + 10-digit) number libphonenumber-js calls valid for US passes the shape check', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  // every leading pattern the shape check treats apart (0, 1, 011, a national 1), then any digits, in the common layouts
  const lead = fc.constantFrom('', '0', '01', '011', '0110', '1', '10', '11', '1011', '2', '9');
  const candidate = fc.tuple(lead, fc.array(digit, { minLength: 11, maxLength: 11 }), fc.constantFrom('', '-', ' ', '.'), fc.boolean()).map(([head, ds, sep, eleven]) => {
    const d = (head + ds.join('')).slice(0, eleven ? 11 : 10);
    return d.slice(0, d.length - 7) + sep + d.slice(-7, -4) + sep + d.slice(-4);
  });
  fc.assert(
    fc.property(candidate, (raw) => {
      const digits = raw.replace(/\D/g, '');
      // the detector asks the library about these lengths only
      if (!(digits.length === 10 || (digits.length === 11 && digits[0] === '1'))) return;
      if (parsePhoneNumberFromString(raw, 'US')?.isValid()) assert.ok(mayBeValidUs(digits), raw);
    }),
    { numRuns: 30000, seed: 9 },
  );
});
