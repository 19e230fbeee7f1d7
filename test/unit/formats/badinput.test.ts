// Bad input: malformed JSON, unterminated CSV quotes, BOM, CRLF and mixed endings, NUL bytes, binary
// files, empty files, a 50 MB single line, invalid UTF-8. A clear problem with a position, and whatever
// can still be extracted is extracted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/engine/formats';
import { assertRangesSane } from './helpers';

test('truncated workspace: problem at the end, texts before it extracted', () => {
  const raw = '{"intents":[{"intent":"pay","examples":[{"text":"pay Ann"},{"text":"send to Bo';
  const doc = parseDocument(raw, { path: 'w.json' });
  assert.equal(doc.kind, 'dialog');
  assert.deepEqual(doc.texts.map((t) => t.text), ['pay', 'pay Ann', 'send to Bo']);
  assert.ok(doc.problems.some((p) => p.message === 'Unterminated string' && p.offset === raw.lastIndexOf('"')));
  assert.ok(doc.problems.some((p) => p.message === 'Unexpected end of file' && p.offset === raw.length));
  assertRangesSane(doc, raw);
});

test('malformed JSON in the middle: reported with position, later texts still extracted', () => {
  const raw = '{"intents":[{"intent":"a","examples":[{"text":"one"} {"text":"two"}, {"text": tru}, {"text":"three",}]}]}';
  const doc = parseDocument(raw, { path: 'w.json' });
  assert.deepEqual(doc.texts.filter((t) => t.role === 'intent-example').map((t) => t.text), ['one', 'two', 'three']);
  const missingComma = doc.problems.find((p) => p.message.startsWith('Expected comma'));
  assert.equal(missingComma?.offset, raw.indexOf(' {"text":"two"}') + 1);
  assert.ok(doc.problems.some((p) => p.message === 'Invalid value' && raw.slice(p.offset, p.offset + p.length) === 'tru'));
  assert.ok(doc.problems.some((p) => p.message === 'Trailing comma'));
  assert.ok(doc.problems.every((p) => p.severity === 'error'));
});

test('unterminated CSV quote is reported and recovered at the end of its line', () => {
  const raw = 'hello there,greet\n"broken cell, no end,greet\nbook a table,book\n';
  const doc = parseDocument(raw, { path: 'intents.csv' });
  const p = doc.problems.find((x) => x.message.startsWith('Unterminated quoted cell'));
  assert.equal(p?.offset, raw.indexOf('"broken'));
  assert.ok(doc.texts.some((t) => t.text === 'book a table'));
  assertRangesSane(doc, raw);
});

test('BOM: offsets stay raw-document offsets', () => {
  const raw = '\uFEFFhello there,greet\r\nsend it to Ann,pay\r\n';
  const doc = parseDocument(raw, { path: 'intents.csv' });
  const t = doc.texts.find((x) => x.text === 'hello there')!;
  assert.equal(t.rawStart, 1);
  assert.ok(doc.problems.some((x) => x.message.includes('byte order mark') && x.severity === 'warning'));
  const json = '\uFEFF{"intents":[{"intent":"a","examples":[{"text":"hi Ann"}]}]}';
  const j = parseDocument(json, { path: 'w.json' }).texts.find((x) => x.text === 'hi Ann')!;
  assert.equal(json.slice(j.rawStart, j.rawEnd), 'hi Ann');
});

test('mixed line endings in utterance logs', () => {
  const raw = 'one\r\ntwo\nthree\rfour\r\n\r\n"five, quoted\r\nover lines"\nsix';
  const doc = parseDocument(raw, { path: 'utterances.csv' });
  assert.deepEqual(doc.texts.map((t) => t.text), ['one', 'two', 'three', 'four', 'five, quoted\r\nover lines', 'six']);
  assert.deepEqual(doc.texts.map((t) => t.path), ['line 1', 'line 2', 'line 3', 'line 4', 'line 6', 'line 8']);
  assertRangesSane(doc, raw);
});

test('binary files: a problem, nothing extracted', () => {
  const raw = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const doc = parseDocument(raw, { path: 'image.csv' });
  assert.equal(doc.texts.length, 0);
  assert.match(doc.problems[0].message, /Binary file/);
  assert.equal(parseDocument('\0\0\0\0PNG\0\0\0', { path: 'x.txt' }).texts.length, 0);
});

test('a stray NUL and U+FFFD are warnings with positions; text is still extracted', () => {
  const raw = 'hello there\nsome\0thing\ncaf\uFFFD au lait\n' + 'more text\n'.repeat(20);
  const doc = parseDocument(raw, { path: 'u.txt' });
  assert.equal(doc.texts.length, 23);
  const nul = doc.problems.find((p) => p.message.startsWith('NUL'));
  const bad = doc.problems.find((p) => p.message.startsWith('Invalid UTF-8'));
  assert.equal(nul?.offset, raw.indexOf('\0'));
  assert.equal(bad?.offset, raw.indexOf('\uFFFD'));
  assert.equal(bad?.severity, 'warning');
});

test('empty files', () => {
  for (const [raw, path] of [['', 'w.json'], ['  \n', 'u.txt'], ['\uFEFF', 'intents.csv']] as const) {
    const doc = parseDocument(raw, { path });
    assert.equal(doc.texts.length, 0);
    assert.ok(doc.problems.every((p) => p.severity === 'warning'));
  }
  assert.equal(parseDocument('', { path: 'u.txt' }).kind, 'utterances');
  assert.match(parseDocument('', { path: 'w.json' }).problems[0].message, /Empty file/);
});

test('a 50 MB single line is one utterance', () => {
  const raw = 'x'.repeat(50 * 1024 * 1024);
  const doc = parseDocument(raw, { path: 'u.txt' });
  assert.equal(doc.texts.length, 1);
  assert.equal(doc.texts[0].rawEnd, raw.length);
  const json = `{"intents":[{"intent":"a","examples":[{"text":"${'y'.repeat(20 * 1024 * 1024)}"}]}]}`;
  assert.equal(parseDocument(json, { path: 'w.json' }).texts[1].text.length, 20 * 1024 * 1024);
});
