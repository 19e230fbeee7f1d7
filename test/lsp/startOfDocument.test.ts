// The server publishes the texts at the start of a big JSON document before parsing it whole
// (parseJsonStart): they must be exactly the first texts the full parse extracts, whatever the cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/engine/formats';
import { parseJsonStart } from '../../server/src/engine/formats/parse';
import type { ExtractedText } from '../../server/src/engine/types';
import { bigWorkspace } from './support/bigWorkspace';

const root = join(__dirname, '..', '..');

function view(t: ExtractedText) {
  return {
    text: t.text,
    role: t.role,
    path: t.path,
    pointer: t.pointer,
    rawStart: t.rawStart,
    rawEnd: t.rawEnd,
    encoding: t.encoding,
    segments: t.segments,
    owner: t.owner,
  };
}

/** Every cut of `raw` at these lengths gives a prefix of the full parse's texts; returns how many texts each gave. */
function assertStartsAgree(raw: string, path: string, lengths: number[]): number[] {
  const full = parseDocument(raw, { path });
  return lengths.map((length) => {
    const start = parseJsonStart(raw, length, { path });
    if (!start) return 0;
    assert.equal(start.kind, full.kind, `kind at ${length}`);
    assert.ok(start.texts.length <= full.texts.length);
    start.texts.forEach((t, i) => assert.deepEqual(view(t), view(full.texts[i]), `${path}: text ${i} of the start at ${length}`));
    for (const t of start.texts) assert.ok(t.rawEnd <= length);
    return start.texts.length;
  });
}

test('the start of a dialog workspace or a logs export has exactly the first texts of the full parse', () => {
  const lengths = [10, 200, 700, 1500, 3000, 10_000, 64 * 1024, 10_000_000];
  for (const file of ['samples/dialog/banking-workspace.json', 'samples/logs/assistant-logs.json', 'test/lsp/fixtures/dialog-workspace.json']) {
    const counts = assertStartsAgree(readFileSync(join(root, file), 'utf8'), join(root, file), lengths);
    assert.ok(counts[counts.length - 1] > 0, `${file}: the whole document settles texts`);
  }
  const big = bigWorkspace(300_000, 7);
  const counts = assertStartsAgree(big, '/w/big.json', [1000, 5000, 64 * 1024, 150_000]);
  assert.ok(counts[2] > 100 && counts[3] > counts[2], `more of the document gives more texts: ${counts}`);
  // Escapes and non-ASCII text, records whose names follow their texts, a cut inside every kind of token.
  const tricky = JSON.stringify({
    name: 'Escapes \u00e9 "quoted"',
    intents: [
      { examples: [{ text: 'call me on 555 0100 \\ "now"' }, { text: 'ünïcödé text 😀' }], intent: 'named_after_examples' },
      { intent: 'second', description: 'tab\there', examples: [{ text: 'mail anna.k@example.org' }] },
    ],
    entities: [{ values: [{ value: 'x', synonyms: ['y\nz'] }], entity: 'named_late' }],
    dialog_nodes: [{ output: { generic: [{ values: [{ text: 'hi there' }] }] }, title: 'Late title', dialog_node: 'n1' }],
  }, null, 1);
  assertStartsAgree(tricky, '/w/tricky.json', Array.from({ length: tricky.length + 2 }, (_, i) => i));
});

test('texts of a record still open at the cut are left out (its name may follow them)', () => {
  const raw = '{ "intents": [ { "examples": [ { "text": "mail anna.k@example.org" } ], "intent": "contact" }, { "examples": [ { "text": "second" } ], "intent": "later" } ] }';
  const firstClosed = raw.indexOf('}, {') + 1;
  assert.equal(parseJsonStart(raw, firstClosed - 1, { path: '/w/a.json' }), null, 'the first intent is not closed yet');
  const start = parseJsonStart(raw, firstClosed, { path: '/w/a.json' });
  assert.ok(start);
  assert.deepEqual(start.texts.map((t) => t.text), ['mail anna.k@example.org', 'contact']);
  assert.match(start.texts[0].path, /contact/);
});

test('no start is read of actions exports, CSV, broken starts, or other files', () => {
  const actions = readFileSync(join(root, 'samples/actions/clinic.actions.json'), 'utf8');
  assert.equal(parseJsonStart(actions, 64 * 1024, { path: '/w/clinic.actions.json' }), null);
  assert.equal(parseJsonStart('example,intent\nhello,greet\n', 1000, { path: '/w/intents.csv' }), null);
  assert.equal(parseJsonStart('{ "intents": [ { "intent": "a", /* note */ "examples": [] }, ', 1000, { path: '/w/a.json' }), null);
  assert.equal(parseJsonStart('{ "something": [ { "text": "hello" } ] }', 1000, { path: '/w/a.json' }), null);
  assert.equal(parseJsonStart('{ "intents": [] }', 1000, { path: '/w/a.json', kind: 'actions' }), null);
});
