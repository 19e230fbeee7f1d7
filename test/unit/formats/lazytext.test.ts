// The compact text objects of the large formats (computed text, path, pointer, owner, segments) behave like
// plain ExtractedText values: what they compute matches their raw range, copies and JSON agree, and every
// field can be assigned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cloneText, parseDocument, reparseAfterEdit } from '../../../server/src/engine/formats';
import type { ExtractedText } from '../../../server/src/engine/types';
import { repoRoot } from '../../support/shared';
import { writeJson, type StringStyle } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

const samples = files(join(repoRoot, 'samples')).filter((f) => !f.endsWith('.md'));

test('computed fields agree with the raw range, copies and JSON', () => {
  for (const path of samples) {
    const raw = readFileSync(path, 'utf8');
    const doc = parseDocument(raw, { path });
    if (doc.kind?.startsWith('app-')) continue; // application code has issues, no texts
    assert.ok(doc.texts.length > 0, path);
    for (const t of doc.texts) {
      const copy = cloneText(t);
      assert.deepEqual(JSON.parse(JSON.stringify(t)), JSON.parse(JSON.stringify(copy)), `${path} ${t.path}`);
      assert.equal(copy.text, t.text);
      if (t.segments.length === 1) assert.equal(t.text, raw.slice(t.rawStart, t.rawEnd), `${path} ${t.path}: identity text is its raw slice`);
      assert.equal('owner' in copy, t.owner !== undefined);
      assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(t))).sort(), Object.keys(copy).sort(), 'JSON holds the ExtractedText fields only (not the raw document)');
    }
  }
});

test('assigned fields replace the computed ones on that text only', () => {
  for (const [raw, path] of [
    ['first line\nsecond line\n"quoted ""cell"""\n', 'u.csv'],
    ['{"intents":[{"intent":"pay","examples":[{"text":"pay now"},{"text":"pay \\"later\\""}]}]}', 'w.json'],
  ]) {
    const doc = parseDocument(raw, { path });
    const [a, b] = doc.texts as ExtractedText[];
    const before = cloneText(b);
    a.text = 'changed';
    a.role = 'synonym';
    a.path = 'custom path';
    a.pointer = ['p', 1];
    a.segments = [{ d: 0, r: a.rawStart }];
    a.owner = 'someone';
    a.encoding = 'plain';
    assert.deepEqual(JSON.parse(JSON.stringify(a)), { text: 'changed', role: 'synonym', path: 'custom path', pointer: ['p', 1], rawStart: a.rawStart, rawEnd: a.rawEnd, encoding: 'plain', segments: [{ d: 0, r: a.rawStart }], owner: 'someone' });
    assert.deepEqual(cloneText(b), before, 'other texts keep their computed values');
    assert.equal(cloneText(parseDocument(raw, { path }).texts[0]).text === 'changed', false, 'a new parse is unaffected');
  }
});

test('after an incremental edit every text reads from the edited document', () => {
  const raw = 'alpha one\nbeta two\ngamma three\n';
  const doc = parseDocument(raw, { path: 'u.txt' });
  const at = raw.indexOf('two');
  const newRaw = raw.slice(0, at) + 'TWO!' + raw.slice(at + 3);
  const { doc: next, changed } = reparseAfterEdit(doc, raw, newRaw, { offset: at, length: 3, newText: 'TWO!' }, { path: 'u.txt' });
  assert.deepEqual(changed, [1]);
  assert.deepEqual(next.texts.map((t) => t.text), ['alpha one', 'beta TWO!', 'gamma three']);
  for (const t of next.texts) assert.equal(newRaw.slice(t.rawStart, t.rawEnd), t.text);
});

/** Reference split of an utterance log: every non-empty physical line with its offset and 0-based number. */
function referenceLines(raw: string): { text: string; start: number; line: number }[] {
  const out: { text: string; start: number; line: number }[] = [];
  const re = /\r\n|\n|\r/g;
  let start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  for (;;) {
    re.lastIndex = start;
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    if (end > start) out.push({ text: raw.slice(start, end), start, line });
    if (!m) return out;
    start = m.index + m[0].length;
    line++;
  }
}

test('utterance lines find their end and line number on access, for any mix of line endings', () => {
  const lineChars = fc.constantFrom('a', 'é', '😀', ' ', ',', 'x"y', '\t');
  const log = fc.tuple(fc.boolean(), fc.array(fc.tuple(fc.array(lineChars, { maxLength: 6 }).map((a) => a.join('')), fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 12 }), fc.boolean())
    .map(([bom, lines, lastBreak]) => (bom ? '\uFEFF' : '') + lines.map(([l, e], i) => l + (i < lines.length - 1 || lastBreak ? e : '')).join(''));
  fc.assert(
    fc.property(log, fc.constantFrom('u.txt', 'u.csv'), (raw, path) => {
      const doc = parseDocument(raw, { path, kind: 'utterances' });
      const want = /^\uFEFF?[ \t\r\n]*$/.test(raw) ? [] : referenceLines(raw); // blank files are empty
      assert.deepEqual(
        doc.texts.map((t) => ({ text: t.text, start: t.rawStart, end: t.rawEnd, path: t.path, pointer: t.pointer })),
        want.map((w) => ({ text: w.text, start: w.start, end: w.start + w.text.length, path: `line ${w.line + 1}`, pointer: [w.line, 0] })),
      );
    }),
    { numRuns: 400 },
  );
});

test('line numbers after quoted multi-line CSV cells count every physical line', () => {
  const raw = '"one\r\ntwo"\nthree\r\r\n"fo""ur\rfive",extra\nsix';
  const doc = parseDocument(raw, { path: 'u.csv', kind: 'utterances' });
  assert.deepEqual(doc.texts.map((t) => [t.text, t.path, t.encoding]), [
    ['one\r\ntwo', 'line 1', 'csv-quoted'],
    ['three', 'line 3', 'csv-unquoted'],
    ['fo"ur\rfive', 'line 5', 'csv-quoted'],
    ['six', 'line 7', 'csv-unquoted'],
  ]);
  for (const t of doc.texts) if (t.encoding === 'csv-unquoted') assert.equal(raw.slice(t.rawStart, t.rawEnd), t.text);
});

/** The value at a pointer of a parsed JSON document. */
function at(doc: unknown, pointer: (string | number)[]): unknown {
  let v = doc;
  for (const k of pointer) v = (v as Record<string | number, unknown>)[k];
  return v;
}

test('every JSON text is the value its pointer names, in any structure and escaping', () => {
  const str = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
  const context = fc.dictionary(str, fc.oneof(str, fc.array(fc.oneof(str, fc.array(str, { maxLength: 2 })), { maxLength: 3 }), fc.dictionary(str, str, { maxKeys: 2 })), { maxKeys: 3 });
  const workspace = fc.record({
    name: str,
    intents: fc.array(fc.record({ intent: str, description: str, examples: fc.array(fc.record({ text: str }), { maxLength: 4 }) }), { maxLength: 3 }),
    entities: fc.array(fc.record({ entity: str, values: fc.array(fc.record({ value: str, synonyms: fc.array(str, { maxLength: 3 }) }), { maxLength: 2 }) }), { maxLength: 2 }),
    dialog_nodes: fc.array(fc.record({ dialog_node: str, title: str, context, output: fc.record({ generic: fc.array(fc.record({ values: fc.array(fc.record({ text: str }), { maxLength: 2 }) }), { maxLength: 2 }) }) }), { maxLength: 2 }),
    counterexamples: fc.array(fc.record({ text: str }), { maxLength: 2 }),
  });
  fc.assert(
    fc.property(workspace, fc.constantFrom<StringStyle>('plain', 'ascii'), fc.constantFrom(0, 2), (ws, style, indent) => {
      const raw = writeJson(ws, style, indent);
      const doc = parseDocument(raw, { path: 'w.json' });
      const parsed = JSON.parse(raw);
      for (const t of doc.texts) {
        assert.equal(at(parsed, t.pointer), t.text, `${JSON.stringify(t.pointer)} in ${raw.slice(0, 80)}`);
        const n = t.role === 'intent-example' || t.role === 'counterexample' ? t.pointer[t.pointer.length - 2] : t.role === 'synonym' ? t.pointer[t.pointer.length - 1] : null;
        if (n !== null) assert.ok(t.path.endsWith(` ${(n as number) + 1}`), t.path);
      }
      const expected = ws.intents.reduce((a, i) => a + 1 + 1 + i.examples.length, 0) + ws.counterexamples.length;
      assert.equal(doc.texts.filter((t) => ['intent-name', 'intent-description', 'intent-example', 'counterexample'].includes(t.role)).length, expected);
    }),
    { numRuns: 200 },
  );
});

test('utterance logs whose line lengths change after the first 64K characters keep every line', () => {
  const raw = ('x'.repeat(1000) + '\n').repeat(70) + 'ab\n'.repeat(200_000) + 'last';
  const doc = parseDocument(raw, { path: 'u.txt' });
  assert.equal(doc.texts.length, 70 + 200_000 + 1);
  let pos = 0;
  for (let i = 0; i < doc.texts.length; i++) {
    const t = doc.texts[i];
    assert.ok(t !== undefined, `text ${i} present`);
    assert.equal(t.rawStart, pos);
    pos = t.rawEnd + 1;
  }
  assert.equal(doc.texts[doc.texts.length - 1].text, 'last');
  assert.equal(doc.texts[doc.texts.length - 1].path, `line ${70 + 200_000 + 1}`);
  const blank = parseDocument('\n'.repeat(2_000_000) + 'z', { path: 'u.txt' });
  assert.deepEqual(blank.texts.map((t) => [t.text, t.path]), [['z', 'line 2000001']]);
});
