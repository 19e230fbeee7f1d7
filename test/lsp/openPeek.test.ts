// The look at a big didOpen while it arrives (openPeek.ts): whatever the chunking, it reports each big didOpen
// once, with the exact start of the document's text, and keeps following the framing of later messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OpenPeeker, openStartOf, type OpenStart } from '../../server/src/lsp/openPeek';
import { bigWorkspace } from './support/bigWorkspace';

function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`, 'ascii'), body]);
}

function didOpen(uri: string, version: number, text: string): unknown {
  return { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'json', version, text } } };
}

/** A text over 1 MB with escapes, multi-byte characters and a surrogate pair throughout. */
function bigText(): string {
  return bigWorkspace(1_100_000, 9).replace(/please/g, () => 'plé\\"a\tse 😀 \u2019');
}

test('a big didOpen is reported once, with the start of its text, however the stream is cut', () => {
  const text = bigText();
  const stream = Buffer.concat([
    frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { capabilities: {} } }),
    frame(didOpen('file:///w/a.json', 3, text)),
    frame({ jsonrpc: '2.0', method: 'initialized', params: {} }),
    frame(didOpen('file:///w/b.json', 7, text)),
    frame(didOpen('file:///w/small.json', 1, '{ "intents": [] }')),
  ]);
  for (const size of [1, 7, 1000, 4096, 65536, 100_003, stream.length]) {
    const seen: OpenStart[] = [];
    const peeker = new OpenPeeker((s) => seen.push(s));
    // Chunk sizes vary around `size` so cuts fall everywhere (in headers, multi-byte characters, escapes).
    for (let at = 0, k = 0; at < stream.length; k++) {
      const n = Math.max(1, size + ((k * 7919) % Math.max(1, size >> 1)) - (size >> 2));
      peeker.feed(stream.subarray(at, at + n));
      at += n;
    }
    assert.deepEqual(seen.map((s) => [s.uri, s.version, s.languageId]), [['file:///w/a.json', 3, 'json'], ['file:///w/b.json', 7, 'json']], `chunks of ~${size}`);
    for (const s of seen) {
      assert.ok(s.text.length > 30_000, `a useful start (${s.text.length})`);
      assert.equal(s.text, text.slice(0, s.text.length), `chunks of ~${size}: the exact start`);
    }
  }
});

test('the start ends before a cut escape; other messages and other key orders give nothing', () => {
  const text = 'ab\\"c\\u00e9d\nline 😀 end';
  const body = JSON.stringify(didOpen('file:///w/x.json', 2, text));
  const textAt = body.indexOf('"text":"') + 8;
  for (let cut = textAt; cut <= body.length; cut++) {
    const start = openStartOf(body.slice(0, cut), body.length);
    assert.ok(start, `cut at ${cut}`);
    assert.equal(start.text, text.slice(0, start.text.length), `cut at ${cut}`);
    assert.ok(start.text.length >= text.length - 8 || cut < body.length - 10, `cut at ${cut}`);
  }
  assert.equal(openStartOf(body, body.length)?.text, text);
  assert.equal(openStartOf(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'u', version: 1 }, contentChanges: [{ text }] } }), 1), null);
  const textFirst = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { text, uri: 'file:///w/x.json', languageId: 'json', version: 1 } } });
  assert.equal(openStartOf(textFirst.slice(0, textFirst.indexOf('"uri"')), textFirst.length), null, 'no uri before the text');
});

test('a stream it cannot follow turns it off without throwing', () => {
  const seen: OpenStart[] = [];
  const peeker = new OpenPeeker((s) => seen.push(s));
  peeker.feed(Buffer.from('Content-Type: x\r\n\r\n{}', 'ascii'));
  peeker.feed(frame(didOpen('file:///w/a.json', 1, bigText())));
  assert.equal(seen.length, 0);
});
