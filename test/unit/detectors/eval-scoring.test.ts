// The eval harness' span-overlap scoring (scripts/eval/score.ts) on a tiny hand-made corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCorpus } from '../../../scripts/eval/score';
import { readCsvRows } from '../../../server/src/engine/formats/csvTokenizer';
import type { Corpus } from '../../../scripts/eval/types';

const corpus: Corpus = {
  name: 'tiny',
  classOf: (l) => (l === 'PHONE_NUMBER' ? 'PHONE' : l === 'STREET_ADDRESS' ? 'ADDRESS' : null),
  docs: [
    { id: 'a', text: 'call 415 867 2290 at Acme', gold: [{ start: 5, end: 17, label: 'PHONE_NUMBER' }, { start: 21, end: 25, label: 'ORGANIZATION' }] },
    { id: 'b', text: 'lives at 12 Oak Road, Springfield', gold: [{ start: 9, end: 20, label: 'STREET_ADDRESS' }] },
  ],
};

test('overlap counts, out-of-scope gold is neither right nor wrong, misses and false positives count', () => {
  const s = scoreCorpus(corpus, [
    [
      { start: 5, end: 12, entity: 'PHONE_NUMBER', ruleId: 'phone-number', severity: 'warning' }, // partial overlap: found
      { start: 21, end: 25, entity: 'PERSON', ruleId: 'person-name', severity: 'warning' }, // on ORGANIZATION: ignored
    ],
    [{ start: 0, end: 5, entity: 'PERSON', ruleId: 'person-name', severity: 'info' }], // no gold: wrong; address missed
  ]);
  assert.equal(s.perClass.PHONE.recall, 1);
  assert.equal(s.perClass.ADDRESS.recall, 0);
  assert.equal(s.overall.gold, 2);
  assert.equal(s.overall.found, 1);
  assert.equal(s.overall.predicted, 2);
  assert.equal(s.overall.correct, 1);
  assert.deepEqual(s.falsePositivesByRule, { 'person-name': 1 });
});

test('flag rate for negatives-only corpora', () => {
  const s = scoreCorpus({ ...corpus, negativesOnly: true }, [[], []], [true, false]);
  assert.equal(s.flaggedShare, 0.5);
});

test('csv reader handles quotes and doubled quotes', () => {
  assert.deepEqual(readCsvRows('text,category\n"a, ""b""",x\nc,y\n'), [['text', 'category'], ['a, "b"', 'x'], ['c', 'y']]);
});
