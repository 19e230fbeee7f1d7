// The server's chunked document must agree with vscode-languageserver-textdocument (the editor's model of
// positions, computed afresh) after any sequence of edits: text, line count, positionAt and offsetAt, including \r\n pairs
// split and joined by edits and edits across chunk boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LiveDocument } from '../../server/src/lsp/liveDocument';

const alphabet = ['a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀', '"', 'xyz'];
const textArb = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((xs) => xs.join(''));

function agree(live: LiveDocument, ref: TextDocument): void {
  const text = ref.getText();
  assert.equal(live.length, text.length);
  assert.equal(live.lineCount, ref.lineCount);
  for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(live.positionAt(o), ref.positionAt(o), `positionAt(${o})`);
  for (let line = -1; line <= ref.lineCount; line++) {
    for (let ch = -1; ch <= 6; ch++) assert.equal(live.offsetAt({ line, character: ch }), ref.offsetAt({ line, character: ch }), `offsetAt(${line}:${ch})`);
  }
  assert.equal(live.slice(1, text.length - 1), text.slice(1, Math.max(1, text.length - 1)));
  assert.equal(live.getText(), text);
}

test('random edits keep text, lines and positions equal to TextDocument', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(8), textArb), { maxLength: 12 }), (initial, edits) => {
      const live = new LiveDocument('x:', 'json', 1, initial);
      let ref = TextDocument.create('x:', 'json', 1, initial);
      let v = 1;
      for (const [at, len, ins] of edits) {
        const size = ref.getText().length;
        const s = size === 0 ? 0 : at % (size + 1);
        const e = Math.min(size, s + len);
        const range = { start: ref.positionAt(s), end: ref.positionAt(e) };
        // Ranges are sent as positions, as editors do. The reference is a fresh document of the new text:
        // TextDocument's own incremental update does not join a \r and \n that an edit brings together.
        const next = ref.getText().slice(0, ref.offsetAt(range.start)) + ins + ref.getText().slice(ref.offsetAt(range.end));
        ref = TextDocument.create('x:', 'json', ++v, next);
        live.update([{ range, text: ins }], v);
        assert.equal(live.version, v);
        agree(live, ref);
      }
    }),
    { numRuns: 300 },
  );
});

test('a large document edited across chunk boundaries stays exact', () => {
  const line = 'line with "text" and é and\r\n';
  const big = line.repeat(4000) + 'tail\n' + 'x'.repeat(40_000);
  const live = new LiveDocument('x:', 'json', 1, big);
  let ref = TextDocument.create('x:', 'json', 1, big);
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let v = 2; v < 120; v++) {
    const size = ref.getText().length;
    const s = rnd(size);
    const e = Math.min(size, s + rnd(v % 10 === 0 ? 40_000 : 30));
    const ins = v % 7 === 0 ? line.repeat(rnd(2000)) : ['', 'a', '\n', '\r', 'x\r\ny'][rnd(5)];
    const range = { start: ref.positionAt(s), end: ref.positionAt(e) };
    ref = TextDocument.create('x:', 'json', v, ref.getText().slice(0, ref.offsetAt(range.start)) + ins + ref.getText().slice(ref.offsetAt(range.end)));
    live.update([{ range, text: ins }], v);
    if (v % 3 === 0) live.getText(); // joined and re-cut now and then
  }
  const text = ref.getText();
  assert.equal(live.getText(), text);
  assert.equal(live.lineCount, ref.lineCount);
  for (let o = 0; o <= text.length; o += 97) assert.deepEqual(live.positionAt(o), ref.positionAt(o));
  for (let l = 0; l < ref.lineCount; l += 13) assert.equal(live.offsetAt({ line: l, character: 3 }), ref.offsetAt({ line: l, character: 3 }));
  live.update([{ text: 'whole\r\nnew' }], 200);
  assert.equal(live.getText(), 'whole\r\nnew');
  assert.equal(live.lineCount, 2);
});

test('a new text indexes its lines on demand: positions asked in any order before the line count are exact', () => {
  // Several index blocks long, with \r\n pairs, lone \r and \n, and a \r\n split at many block-relative offsets.
  const parts = ['ab\r\n', 'c\rd\n', 'x'.repeat(1000), '\r\n', 'é😀\n', '\r'];
  let big = '';
  for (let i = 0; big.length < 600_000; i++) big += parts[i % parts.length] + 'y'.repeat(i % 37);
  for (const text of [big, big.replace(/\r/g, '')]) {
    const ref = TextDocument.create('x:', 'json', 1, text);
    const backwards = new LiveDocument('x:', 'json', 1, text);
    for (let o = text.length + 1; o >= -1; o -= 4099) assert.deepEqual(backwards.positionAt(o), ref.positionAt(o), `positionAt(${o})`);
    const forwards = new LiveDocument('x:', 'json', 1, text);
    for (let o = 0; o <= text.length; o += 1021) assert.deepEqual(forwards.positionAt(o), ref.positionAt(o), `positionAt(${o})`);
    const byLine = new LiveDocument('x:', 'json', 1, text);
    for (let l = 0; l <= ref.lineCount; l += 577) {
      assert.equal(byLine.offsetAt({ line: l, character: 2 }), ref.offsetAt({ line: l, character: 2 }), `offsetAt(${l}:2)`);
    }
    // The index ending exactly at a line end, a \r or inside a \r\n, then growing.
    for (let at = 200_000, n = 0; n < 6; at++) {
      if (text[at] !== '\n' && text[at] !== '\r') continue;
      n++;
      for (const end of [at, at + 1]) {
        const doc = new LiveDocument('x:', 'json', 1, text);
        assert.deepEqual(doc.positionAt(end), ref.positionAt(end));
        for (const o of [end + 1, end + 2, end + 300_000]) assert.deepEqual(doc.positionAt(o), ref.positionAt(o), `positionAt(${o}) after ${end}`);
        assert.equal(doc.lineCount, ref.lineCount);
      }
    }
    // An edit first indexes the rest, then keeps the index exact.
    const edited = new LiveDocument('x:', 'json', 1, text);
    edited.positionAt(10);
    const at = { line: 3, character: 1 };
    edited.update([{ range: { start: at, end: at }, text: '\n' }], 2);
    const refEdited = TextDocument.create('x:', 'json', 2, text.slice(0, ref.offsetAt(at)) + '\n' + text.slice(ref.offsetAt(at)));
    assert.equal(edited.lineCount, refEdited.lineCount);
    for (let o = 0; o <= text.length; o += 7919) assert.deepEqual(edited.positionAt(o), refEdited.positionAt(o));
    assert.equal(new LiveDocument('x:', 'json', 1, text).lineCount, ref.lineCount);
  }
});
