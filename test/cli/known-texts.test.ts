// A lint thread's memory of settled texts by fingerprint: found again only under the same fingerprint, bounded,
// oldest out first; with the run's table of clean texts it tells texts, roles and configs apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CleanTexts, createCleanTextsBuffer } from '../../server/src/cli/cleanTexts';
import { KnownTexts } from '../../server/src/cli/knownTexts';

test('a value is found under its own fingerprint only', () => {
  const known = new KnownTexts<string>(10);
  known.set(7, 1, 'seven');
  assert.equal(known.get(7, 1), 'seven');
  assert.equal(known.get(7, 2), undefined, 'same first word, other second word');
  assert.equal(known.get(8, 1), undefined);
  known.set(7, 2, 'other');
  assert.equal(known.get(7, 1), undefined, 'replaced');
  assert.equal(known.get(7, 2), 'other');
  known.delete(7, 1);
  assert.equal(known.get(7, 2), 'other', 'deleting another fingerprint keeps this one');
  known.delete(7, 2);
  assert.equal(known.get(7, 2), undefined);
});

test('at most max entries, the oldest leaves first', () => {
  const known = new KnownTexts<number>(3);
  for (let i = 1; i <= 5; i++) known.set(i, i, i);
  assert.equal(known.size, 3);
  assert.deepEqual([1, 2, 3, 4, 5].map((i) => known.get(i, i)), [undefined, undefined, 3, 4, 5]);
});

test('keyed by the clean-text table fingerprints: texts, roles and configs stay apart', () => {
  const prints = new CleanTexts(createCleanTextsBuffer());
  const known = new KnownTexts<string>(100);
  const scopes = ['a.json\0example', 'a.json\0utterance', 'b.json\0example'].map((n) => prints.scope(n));
  const texts = ['call me at 555 0100', 'call me at 555 0101', 'Call me at 555 0100'];
  for (const s of scopes)
    for (const t of texts) {
      prints.fingerprint(s, t);
      known.set(prints.a, prints.b, `${s}|${t}`);
    }
  for (const s of scopes)
    for (const t of texts) {
      assert.equal(prints.has(s, t), false, 'nothing recorded clean');
      assert.equal(known.get(prints.a, prints.b), `${s}|${t}`, 'has() leaves the same fingerprint as fingerprint()');
    }
});
