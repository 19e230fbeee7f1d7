// The runner's one pass (scanAscii) against a plain reference of everything it reads off an ASCII text: digit
// counts and runs, the F_* facts, the lengths of mixed words, the word classes and whether the text has capitals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  F_AT, F_CAPITAL_AFTER_FIRST, F_COLONS2, F_COLONS5, F_DASH, F_DASHES5, F_HASH, F_INNER_DOTS2, F_INNER_DOTS3,
  F_LETTERS2_DIGIT, F_LETTERS2_DIGITS2, F_NEWLINE, F_SLASH, F_SSN_LAYOUT, F_UPPER, MIXED_LENGTH_CAP,
} from '../../../server/src/engine/detectors/textFacts';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';
import { buildTriggerIndex } from '../../../server/src/engine/detectors/triggers';
import { newTextWords } from '../../../server/src/engine/detectors/textWords';
import { ALL_DETECTORS } from '../../../server/src/engine/detectors/registry';
import { rememberWordClasses, wordClasses } from '../../../server/src/engine/detectors/wordClasses';

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** What the pass should read, by regexes over the text. */
function reference(text: string): TextScan {
  const words = [...text.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  let facts = 0;
  const has = (re: RegExp, fact: number) => {
    if (re.test(text)) facts |= fact;
  };
  has(/@/, F_AT);
  has(/\//, F_SLASH);
  has(/-/, F_DASH);
  has(/\n/, F_NEWLINE);
  has(/#/, F_HASH);
  has(/[A-Z]/, F_UPPER);
  const innerDots = count(text, /(?<=[A-Za-z0-9])\.(?=[A-Za-z0-9])/g);
  if (innerDots >= 2) facts |= F_INNER_DOTS2;
  if (innerDots >= 3) facts |= F_INNER_DOTS3;
  if (count(text, /:/g) >= 2) facts |= F_COLONS2;
  if (count(text, /:/g) >= 5) facts |= F_COLONS5;
  if (count(text, /-/g) >= 5) facts |= F_DASHES5;
  if (words.slice(1).some((w) => /^[A-Z]/.test(w.word))) facts |= F_CAPITAL_AFTER_FIRST;
  let mixed = 0;
  for (const { word, end } of words) {
    const isMixed = /\d/.test(word) && /[A-Za-z]/.test(word);
    if (isMixed) {
      mixed |= 1 << Math.min(word.length, MIXED_LENGTH_CAP);
      if (/^[A-Za-z]{2}\d/.test(word)) facts |= F_LETTERS2_DIGIT;
      if (/^[A-Za-z]{2}\d\d/.test(word)) facts |= F_LETTERS2_DIGITS2;
    } else if (/^[A-Za-z]{2}$/.test(word) && /^ \d/.test(text.slice(end))) facts |= F_LETTERS2_DIGIT;
    if (/^\d{9}$/.test(word)) facts |= F_SSN_LAYOUT;
  }
  if (/(?<![A-Za-z0-9])\d{3}([ -])\d{2}\1\d{4}(?![A-Za-z0-9])/.test(text)) facts |= F_SSN_LAYOUT;
  return {
    digits: count(text, /\d/g),
    maxDigitRun: Math.max(0, ...(text.match(/\d+/g) ?? []).map((r) => r.length)),
    facts,
    mixedLengths: mixed,
    wordClasses: 0,
    lowerIsSelf: !/[A-Z]/.test(text),
  };
}

const index = buildTriggerIndex(ALL_DETECTORS);

function scanned(text: string): TextScan | undefined {
  const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
  return scanAscii(text, index, new Uint32Array(index.slots), 1, out) ? out : undefined;
}

const piece = fc.oneof(
  fc.constantFrom('lives', 'at', 'Street', 'apt', 'hospital', 'Medical', 'center', 'no', 'u', 'transferred', 'in', 'Ada'),
  fc.constantFrom('AB', 'GB29', 'fr76', 'x1', '123', '45', '6789', '123456789', '1.2', 'a.b', 'Lindenstrasse'),
  fc.constantFrom(' ', '  ', '.', '. ', ':', '-', '@', '/', '#', '\n', '\t', "'", ','),
  fc.constantFrom('--', '---', '::', '1.2.3.4', '12:30:45', 'a-b-c', '123-45-6789', '123 45 6789'),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: 0, max: 99999 }).map(String),
);

test('the one pass reads what the reference reads, on the text and on its lower case', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      const got = scanned(text);
      assert.equal(got === undefined, /[^\x00-\x7f]/.test(text));
      if (!got) return;
      const lower = text.toLowerCase();
      const want = reference(text);
      const classes = got.wordClasses;
      rememberWordClasses('', 0);
      assert.deepEqual({ ...got, wordClasses: 0 }, want, JSON.stringify(text));
      assert.equal(classes, wordClasses(lower), `word classes of ${JSON.stringify(text)}`);
      // over the lower case, everything but the capitals is the same
      const fromLower = scanned(lower)!;
      const noCase = ~(F_UPPER | F_CAPITAL_AFTER_FIRST);
      assert.deepEqual({ ...fromLower, facts: fromLower.facts & noCase, lowerIsSelf: true }, { ...got, facts: got.facts & noCase, lowerIsSelf: true });
    }),
    { numRuns: 3000 },
  );
});

test('a text read inside a larger string (a line of a document) reads the same as the text alone', () => {
  const words = newTextWords(1);
  const wordsAlone = newTextWords(1);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 4 }), (parts, before, after) => {
      const text = parts.join('');
      // what lies around the text (digits after an address cue, a word running on) must not change what it reads
      const head = before.join('');
      const source = `${head}${text}${after.join('')}`;
      const out: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
      const firedIn = new Uint32Array(index.slots);
      const ok = scanAscii(source, index, firedIn, 1, out, words, head.length, head.length + text.length);
      const aloneOut: TextScan = { ...out };
      const firedAlone = new Uint32Array(index.slots);
      const okAlone = scanAscii(text, index, firedAlone, 1, aloneOut, wordsAlone);
      assert.equal(ok, okAlone, JSON.stringify(text));
      if (!ok) return;
      assert.deepEqual(out, aloneOut, JSON.stringify([head, text]));
      assert.deepEqual([...firedIn], [...firedAlone], `triggers of ${JSON.stringify(text)}`);
      assert.equal(words.count, wordsAlone.count);
      assert.deepEqual([...words.data.subarray(0, 4 * words.count)], [...wordsAlone.data.subarray(0, 4 * words.count)]);
    }),
    { numRuns: 3000 },
  );
});
