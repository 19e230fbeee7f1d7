// reparseAfterEdit: the fast path must give exactly what a full parse gives, and must fall back when an
// edit touches structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, reparseAfterEdit } from '../../../server/src/engine/formats';
import type { ParsedDocument, RawEdit } from '../../../server/src/engine/types';
import { writeJson } from './helpers';

const workspace = writeJson({
  name: 'Bank',
  intents: [
    { intent: 'pay', examples: [{ text: 'pay "Ann" now' }, { text: 'é😀 café\ttab' }, { text: 'send money to Loree' }] },
    { intent: 'bye', examples: [{ text: 'goodbye' }] },
  ],
  entities: [{ entity: 'e', values: [{ value: 'v', synonyms: ['s1', 's2'] }] }],
  dialog_nodes: [{ dialog_node: 'n', title: 'Start', output: { generic: [{ values: [{ text: 'Hi \\ there' }] }] }, context: { who: 'Ann' } }],
}, 'ascii');
const actions = writeJson({
  type: 'action',
  workspace: {
    actions: [{ action: 'a', title: 'Update email', condition: { intent: 'i' }, steps: [{ output: { generic: [{ values: [{ text: 'What is your email?' }] }] } }],
      variables: [{ variable: 'email', title: 'Email', privacy: { enabled: false } }] }],
    intents: [{ intent: 'i', examples: [{ text: 'change my email' }] }],
    variables: [{ variable: 'phone_number', title: 'Phone', description: 'the caller phone' }],
  },
}, 'plain');
const intentsCsv = Array.from({ length: 260 }, (_, i) => (i % 7 === 3 ? `"row ${i}, with ""quotes""\r\nand lines",intent_${i % 5}` : `row ${i} example,intent_${i % 5}`)).join('\r\n');
const utterances = Array.from({ length: 50 }, (_, i) => (i % 9 === 4 ? `"quoted ${i}, ""x"""` : `utterance number ${i}`)).join('\n');
const txt = 'first\r\nsecond line\n\nthird';

const DOCS: [string, string][] = [[workspace, 'w.json'], [actions, 'a.json'], [intentsCsv, 'intents.csv'], [utterances, 'u.csv'], [txt, 'u.txt']];

function comparable(doc: ParsedDocument) {
  return JSON.parse(JSON.stringify({ ...doc, problems: [...doc.problems].sort((a, b) => a.offset - b.offset) }));
}

function applyEdit(raw: string, e: RawEdit): string {
  return raw.slice(0, e.offset) + e.newText + raw.slice(e.offset + e.length);
}

test('reparseAfterEdit equals a full parse for random single-character edits', () => {
  fc.assert(
    fc.property(fc.constantFrom(...DOCS), fc.nat(), fc.nat(2), fc.constantFrom('', 'a', 'Z', ' ', 'é', '😀', '"', '\\', ',', '\n', '\r', '{', '0'), ([raw, path], at, del, ins) => {
      const prev = parseDocument(raw, { path });
      const offset = at % (raw.length + 1);
      const edit = { offset, length: Math.min(del, raw.length - offset), newText: ins };
      const newRaw = applyEdit(raw, edit);
      const { doc, changed } = reparseAfterEdit(prev, raw, newRaw, edit, { path });
      const full = parseDocument(newRaw, { path });
      assert.deepEqual(comparable(doc), comparable(full), `edit ${JSON.stringify(edit)} on ${path} (changed ${JSON.stringify(changed)})`);
    }),
    { numRuns: 600 },
  );
});

test('edits inside a text take the fast path and keep other text objects', () => {
  const prev = parseDocument(workspace, { path: 'w.json' });
  const i = prev.texts.findIndex((t) => t.text === 'send money to Loree');
  const before = prev.texts[i - 1];
  const after = prev.texts[i + 1];
  const afterStart = after.rawStart;
  const offset = prev.texts[i].rawStart + 5;
  const edit = { offset, length: 5, newText: 'cash' };
  const r = reparseAfterEdit(prev, workspace, applyEdit(workspace, edit), edit, { path: 'w.json' });
  assert.deepEqual(r.changed, [i]);
  assert.equal(r.doc.texts[i].text, 'send cash to Loree');
  assert.equal(r.doc.texts[i - 1], before);
  assert.equal(r.doc.texts[i + 1], after, 'same object, shifted in place');
  assert.equal(after.rawStart, afterStart - 1);
});

test('structural edits fall back to a full parse', () => {
  const prev = parseDocument(workspace, { path: 'w.json' });
  const t = prev.texts.find((x) => x.text === 'goodbye')!;
  for (const newText of ['"', '\\', '\n']) {
    const edit = { offset: t.rawStart + 2, length: 0, newText };
    assert.equal(reparseAfterEdit(prev, workspace, applyEdit(workspace, edit), edit).changed, null);
  }
  // Renaming an intent changes the paths of its examples.
  const name = prev.texts.find((x) => x.role === 'intent-name')!;
  const edit = { offset: name.rawStart, length: 0, newText: 'x' };
  assert.equal(reparseAfterEdit(parseDocument(workspace), workspace, applyEdit(workspace, edit), edit).changed, null);
  // An edit between texts (a key) re-parses.
  const key = workspace.indexOf('"examples"') + 2;
  const keyEdit = { offset: key, length: 0, newText: 'y' };
  const r = reparseAfterEdit(parseDocument(workspace), workspace, applyEdit(workspace, keyEdit), keyEdit);
  assert.equal(r.changed, null);
  assert.equal(r.doc.counts.examples, 1);
});

test('structural issues and their fixes shift with the edit', () => {
  const prev = parseDocument(actions, { path: 'a.json' });
  assert.equal(prev.structural.length, 2);
  const step = prev.texts.find((x) => x.role === 'step-text')!;
  const edit = { offset: step.rawStart, length: 0, newText: 'Hello! ' };
  const newRaw = applyEdit(actions, edit);
  const r = reparseAfterEdit(prev, actions, newRaw, edit, { path: 'a.json' });
  assert.notEqual(r.changed, null);
  assert.deepEqual(r.doc.structural, parseDocument(newRaw, { path: 'a.json' }).structural);
});
