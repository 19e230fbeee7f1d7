// The run's shared table of clean texts: what one lint thread records, every thread sees; nothing else matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CleanTexts, createCleanTextsBuffer } from '../../server/src/cli/cleanTexts';

test('a text recorded clean is found again, by another view of the same buffer too', () => {
  const buffer = createCleanTextsBuffer();
  const one = new CleanTexts(buffer);
  const two = new CleanTexts(buffer);
  const scope = one.scope('config\0example');
  assert.equal(two.scope('config\0example'), scope, 'scopes are the same in every thread');
  assert.equal(one.has(scope, 'how do I reset my password'), false);
  one.addLast();
  assert.equal(one.has(scope, 'how do I reset my password'), true);
  assert.equal(two.has(scope, 'how do I reset my password'), true);
});

test('other texts, other scopes and other runs do not match', () => {
  const buffer = createCleanTextsBuffer();
  const t = new CleanTexts(buffer);
  const example = t.scope('config\0example');
  const utterance = t.scope('config\0utterance');
  const otherConfig = t.scope('other/.piilintrc.json\0example');
  assert.notEqual(example, utterance);
  t.has(example, 'thanks');
  t.addLast();
  for (const text of ['thanks!', 'Thanks', 'thank', 'thanks ', '']) assert.equal(t.has(example, text), false, JSON.stringify(text));
  assert.equal(t.has(utterance, 'thanks'), false);
  assert.equal(t.has(otherConfig, 'thanks'), false);
  // A new run draws new seeds: fingerprints cannot be known ahead of time.
  const next = new CleanTexts(createCleanTextsBuffer());
  assert.notEqual(next.scope('config\0example'), example);
  assert.equal(next.has(next.scope('config\0example'), 'thanks'), false);
});

test('many texts: each one recorded is found, none of the others is', () => {
  const t = new CleanTexts(createCleanTextsBuffer());
  const scope = t.scope('s');
  for (let i = 0; i < 50_000; i += 2) {
    t.has(scope, `text number ${i}`);
    t.addLast();
  }
  for (let i = 0; i < 50_000; i++) assert.equal(t.has(scope, `text number ${i}`), i % 2 === 0, `text number ${i}`);
});
