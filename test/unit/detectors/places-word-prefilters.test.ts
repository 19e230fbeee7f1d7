// The place, date and age detectors' prefilters from the runner's words (`quickCheckWords`, ASCII texts) must answer
// as their reference `quickCheck` on the lower case does: on generated texts in any case, every ASCII corpus text,
// and the detectors' own examples. The pass may have read the text or its lower case: the same answer either way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadBanking77, loadCorpora } from '../../../bench/corpora';
import { ALL_DETECTORS } from '../../../server/src/engine/detectors/registry';
import { scanAscii, type TextScan } from '../../../server/src/engine/detectors/textScan';
import { newTextWords } from '../../../server/src/engine/detectors/textWords';
import { buildTriggerIndex } from '../../../server/src/engine/detectors/triggers';
import type { Detector, TextWords } from '../../../server/src/engine/detectors/types';
import { sharedDir, skipWithoutShared } from '../../support/shared';

const WITH_WORDS = ['date-of-birth', 'age-over-89', 'phone-number', 'postal-code', 'street-address'];
const detectors = WITH_WORDS.map((id) => ALL_DETECTORS.find((d) => d.id === id) as Detector);
const index = buildTriggerIndex([]);
const words: TextWords = newTextWords(2);

const scan: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };

/** The one pass's words of `source` (the text or its lower case; classes and facts in `scan`); undefined for a non-ASCII text. */
function wordsOf(source: string): TextWords | undefined {
  return scanAscii(source, index, new Uint32Array(0), 1, scan, words) ? words : undefined;
}

/** Compares both prefilters of every detector on `text`; false when the text is not ASCII (no words). */
function sameAnswers(text: string): boolean {
  const lower = text.toLowerCase();
  let compared = false;
  for (const source of [text, lower]) {
    const w = wordsOf(source);
    if (!w) continue;
    const { wordClasses, facts } = scan;
    for (const d of detectors) {
      const expected = d.quickCheck!(lower, text);
      assert.equal(d.quickCheckWords!(w, text, lower, wordClasses, facts), expected, `${d.id}: ${JSON.stringify(text)}`);
      assert.equal(d.quickCheckWords!(w, text, undefined, wordClasses, facts), expected, `${d.id} without the lower case: ${JSON.stringify(text)}`);
    }
    compared = true;
  }
  return compared;
}

test('word prefilters: hand-picked dates, ordinals, months and ages in any case', () => {
  const texts = [
    'DOB: 04/12/1985', 'I was born on March 5th, 1990', 'MARCH OF 1993', 'on the 11TH.', '5mar', 'x5mar 12', 'Sept. 12',
    '12 JUNE', 'a 92 year old', 'AGED 101', '95 YO', '120/80', 'v1.2.3', 'A-5/3', '2024-03-15', 'abc2024-03-15', '3rdx',
    'May I pay 5 dollars', 'smart 12', 'mar', '1st', '10/15/03', 'X12/5', '1-2/3', 'Dec12', '7/22, found', 'y/o 99', '',
    '(415) 867-2290', '12 34 56', '12 - 34 56', '12 -- 34 56', '123a456', 'a123456', '12.34/56', 'PAGER 4187', 'Ext. 12',
    'Kase 18 # 20', 'KASE 18#20', '# 5', 'No. 5', 'no thanks 5', 'Szegedi u. 3', 'c/ Mayor 5', 'send it to 87 Maple Grove AVENUE',
    'I LIVE AT 5 Rose Lane', 'Genterstrasse 49', 'line one 5\nline two', 'PSC 4102, BOX 7713', 'lives at home 5',
    'UPGRADE 1234', 'zip 60614', 'ZIP CODE 60614', 'Postcode SW1A 1AA', 'K1A 0B1', 'CPU 1234', '1 2 3 4 5 6', '12\t34 56',
  ];
  for (const t of texts) assert.equal(sameAnswers(t), true, t);
});

test('word prefilters agree with quickCheck on generated texts', () => {
  const piece = fc.oneof(
    fc.constantFrom('1', '12', '2024', '31', '7', '92', '101', '125', '90', '89', '12345', 'jan5', '5MAR', 'x9'),
    fc.constantFrom('mar', 'March', 'SEPT', 'may', 'Dec', 'th', 'ST', 'nd', 'Rd', 'smart', 'o', 'age', 'YRS', 'yo', 'y', 'ear'),
    fc.constantFrom(' ', '/', '-', '.', ', ', ' of ', ' the ', '\n', '\t', '\r', '(', ':', '#', "'", '_', '\x0f', ') ', ' - ', '  ', ' . '),
    fc.constantFrom('pager', 'EXT', 'pg', 'zip', 'Post', 'CP', 'pin code', 'SW1A 1AA', 'k1a 0b1', '415', '867', '2290', '07912'),
    fc.constantFrom('#', ' # ', 'Street', 'ave', 'AVE.', 'u.', 'No', 'apt', 'Lindenstrasse', 'lives', 'at', 'is', 'on', 'send', 'to', 'address'),
    fc.string({ maxLength: 3 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('as is', 'upper', 'lower'), (parts, cased) => {
      const joined = parts.join('');
      const text = cased === 'upper' ? joined.toUpperCase() : cased === 'lower' ? joined.toLowerCase() : joined;
      assert.equal(sameAnswers(text), !/[^\x00-\x7f]/.test(text));
    }),
    { numRuns: 20000, seed: 23 },
  );
});

test('word prefilters agree with quickCheck on the detectors\' examples', () => {
  for (const d of detectors) for (const e of [...d.truePositives, ...d.falsePositives]) sameAnswers(e.text);
});

test('word prefilters agree with quickCheck on every ASCII corpus text', { skip: skipWithoutShared() }, () => {
  const shared = sharedDir()!;
  let compared = 0;
  for (const corpus of loadCorpora(shared)) for (const t of corpus.texts) if (sameAnswers(t.text)) compared++;
  for (const t of loadBanking77(shared)) if (sameAnswers(t)) compared++;
  assert.ok(compared > 1000, `compared ${compared} texts`);
});
