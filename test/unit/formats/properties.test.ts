// Property tests: random and mutated inputs never throw, always terminate and keep every range in bounds;
// JSON and CSV round trips decode arbitrary strings exactly and map every segment back to the raw form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, toRawRange } from '../../../server/src/engine/formats';
import type { FileKind } from '../../../server/src/engine/types';
import { assertRangesSane, jsonBody, quoteCell, writeJson } from './helpers';

const KINDS: (FileKind | undefined)[] = [undefined, 'dialog', 'actions', 'logs', 'intents-csv', 'entities-csv', 'phrases-csv', 'utterances'];
const PATHS = [undefined, 'w.json', 'intents.csv', 'entities.csv', 'phrases.csv', 'u.txt', 'u.csv'];

const seedWorkspace = writeJson({
  name: 'Bank', intents: [{ intent: 'pay', examples: [{ text: 'pay \"Ann\" now' }, { text: 'é😀\n' }] }],
  entities: [{ entity: 'e', values: [{ value: 'v', synonyms: ['s'], patterns: ['\\d+'] }] }],
  dialog_nodes: [{ dialog_node: 'n', title: 't', output: { text: { values: ['hi'] } }, context: { a: ['b', { c: 'd' }] } }],
}, 'ascii');
const seedActions = writeJson({
  type: 'action', workspace: { actions: [{ action: 'a', title: 'T', condition: { intent: 'i' }, steps: [{ output: { generic: [{ values: [{ text: 'x' }] }] } }],
    variables: [{ variable: 'email', title: 'Email', privacy: { enabled: false } }] }], intents: [{ intent: 'i', examples: [{ text: 'p' }] }] },
}, 'plain');
const seedCsv = 'hello there,greet\r\n"multi\r\nline ""quoted"", cell",greet\n,\nlast,one';
const seeds = [seedWorkspace, seedActions, seedCsv, '[{"request":{"input":{"text":"hi"}}}]', 'a\nb\r\nc\rd'];

/** Mutations: truncation, character flips, inserted quotes/brackets/NULs. */
const mutated = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\r', '\0', '\uFFFD', '\uD83D', '', 'x'), fc.nat(3)), { maxLength: 6 }), fc.option(fc.nat()))
  .map(([seed, edits, cut]) => {
    let s = seed;
    for (const [at, ch, del] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ch + s.slice(i + del);
    }
    return cut === null ? s : s.slice(0, cut % (s.length + 1));
  });

function checkNeverThrows(raw: string, kind: FileKind | undefined, path: string | undefined) {
  const doc = parseDocument(raw, { kind, path });
  assertRangesSane(doc, raw);
  for (const t of doc.texts) {
    const r = toRawRange(t, 0, t.text.length);
    assert.equal(r.offset, t.rawStart);
    assert.equal(r.offset + r.length, t.rawEnd);
  }
}

test('mutated training files never throw and keep ranges in bounds', () => {
  fc.assert(fc.property(mutated, fc.constantFrom(...KINDS), fc.constantFrom(...PATHS), (raw, kind, path) => checkNeverThrows(raw, kind, path)), { numRuns: 600 });
});

test('random strings never throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...KINDS), fc.constantFrom(...PATHS), (raw, kind, path) => checkNeverThrows(raw, kind, path)), { numRuns: 250 });
  fc.assert(fc.property(fc.json(), fc.constantFrom(...KINDS), (raw, kind) => checkNeverThrows(raw, kind, 'x.json')), { numRuns: 150 });
});

test('deep nesting and pathological shapes terminate', () => {
  for (const raw of ['['.repeat(100000), '{"a":'.repeat(50000), ']'.repeat(10000), '"'.repeat(10001), ','.repeat(10000), '\\'.repeat(9999)]) {
    checkNeverThrows(raw, 'dialog', undefined);
    checkNeverThrows(raw, 'intents-csv', undefined);
    checkNeverThrows(raw, 'utterances', 'x.csv');
  }
});

test('JSON round trip: any string as an example text decodes exactly and maps each character', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom<'plain' | 'ascii'>('plain', 'ascii'), (s, style) => {
    const raw = writeJson({ intents: [{ intent: 'x', examples: [{ text: `<${s}>` }] }] }, style);
    const doc = parseDocument(raw, { path: 'w.json' });
    const t = doc.texts.find((x) => x.role === 'intent-example')!;
    assert.equal(t.text, `<${s}>`);
    assert.equal(raw.slice(t.rawStart, t.rawEnd), jsonBody(`<${s}>`, style));
    // Each UTF-16 unit maps to its own escape or character.
    let at = t.rawStart + 1;
    for (let i = 1; i <= s.length; i++) {
      const r = toRawRange(t, i, i + 1);
      assert.equal(r.offset, at);
      const slice = raw.slice(r.offset, r.offset + r.length);
      // Either the character itself or one escape that decodes to exactly this UTF-16 unit.
      assert.ok(slice === t.text[i] || (slice.startsWith('\\') && JSON.parse(`"${slice}"`) === t.text[i]), JSON.stringify(slice));
      if (style === 'ascii' && t.text.charCodeAt(i) > 0x7e) assert.equal(slice.length, 6);
      at += r.length;
    }
  }), { numRuns: 400 });
});

test('CSV round trip: any string in a quoted cell decodes exactly', () => {
  fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (s, t, eol) => {
    const raw = `first example,greet${eol}${quoteCell(s + 'x')},${quoteCell(t + 'y')}${eol}`;
    const doc = parseDocument(raw, { path: 'intents.csv' });
    const ex = doc.texts.filter((x) => x.role === 'intent-example');
    assert.equal(ex.length, 2);
    assert.equal(ex[1].text, s + 'x');
    const r = toRawRange(ex[1], 0, s.length + 1);
    assert.equal(raw.slice(r.offset, r.offset + r.length), (s + 'x').replace(/"/g, '""'));
    for (let i = 0; i < s.length; i++) {
      const c = toRawRange(ex[1], i, i + 1);
      assert.equal(raw.slice(c.offset, c.offset + c.length), s[i] === '"' ? '""' : s[i]);
    }
    assert.equal(doc.texts.find((x) => x.role === 'intent-name' && x.pointer[0] === 1)!.text, t + 'y');
  }), { numRuns: 400 });
});
