// The stdio encoder must produce the JSON.stringify text of every message with characters past ASCII written
// as \u escapes (so it parses to the same value), also when it reuses its buffer and the encodings of
// diagnostics published before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Message } from 'vscode-jsonrpc';
import { asciiJson, ReusingJsonEncoder } from '../../server/src/lsp/stdioEncoder';

function diagnostic(i: number, message: string) {
  return {
    range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
    severity: 2,
    code: 'email',
    codeDescription: { href: 'https://example.invalid/rules.md#email' },
    source: 'PII Lint',
    message,
    data: { h: 'ab'.repeat(32), s: `ü "quoted" \\ ${i}`, p: '[EMAIL]', m: '****' },
  };
}

test('asciiJson escapes every code unit past ASCII and keeps the value', () => {
  const value = { a: 'Zoë “quoted” 😀 \u2028', b: ['\u0080', '\uffff', 'plain'] };
  const json = asciiJson(JSON.stringify(value));
  assert.match(json, /^[\x00-\x7f]*$/);
  assert.deepEqual(JSON.parse(json), value);
  assert.equal(asciiJson('{"x":"ascii"}'), '{"x":"ascii"}');
});

test('publishes and other messages encode to the ASCII JSON.stringify text, with reused diagnostics', async () => {
  const enc = new ReusingJsonEncoder();
  const pool = Array.from({ length: 300 }, (_, i) => diagnostic(i, i % 7 === 0 ? `Name 😀 in example ${i}\n` : `Email in example ${i}`));
  const messages: Message[] = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b.json', version: 3, diagnostics: pool } } as Message,
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', diagnostics: [] } } as Message,
    // Reused objects in another order, plus new ones.
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', version: 4, diagnostics: [...pool.slice(100), diagnostic(1, 'new'), ...pool.slice(0, 5)] } } as Message,
    { jsonrpc: '2.0', id: 7, result: { big: 'x'.repeat(3 << 20), n: null } } as Message,
    { jsonrpc: '2.0', id: 8, result: { title: 'Replace with “Zoë”', big: 'é'.repeat(1 << 20) } } as Message,
    { jsonrpc: '2.0', method: 'piiLint/status', params: { uri: 'file:///a.json', findings: 3 } } as Message,
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', version: 5, diagnostics: pool.slice(0, 2) } } as Message,
  ];
  for (const m of messages) {
    const bytes = await enc.encode(m);
    // Copy before the next encode: the encoder reuses its buffer (the writer sends each message before the next).
    const text = Buffer.from(bytes).toString('latin1');
    assert.match(text, /^[\x00-\x7f]*$/, 'pure ASCII');
    assert.equal(text, asciiJson(JSON.stringify(m)));
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(m)));
  }
});

test('successive publishes of one document (runs copied from the previous publish) encode exactly', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({ at: fc.nat(), remove: fc.nat(4), add: fc.nat(3), otherUri: fc.boolean(), text: fc.string({ maxLength: 6 }) }),
        { minLength: 1, maxLength: 12 },
      ),
      async (steps) => {
        const enc = new ReusingJsonEncoder();
        let list = Array.from({ length: 20 }, (_, i) => diagnostic(i, `Email “${i}”`));
        let version = 1;
        for (const s of steps) {
          const at = s.at % (list.length + 1);
          const added = Array.from({ length: s.add }, (_, k) => diagnostic(1000 + k, `${s.text}${k}`));
          list = [...list.slice(0, at), ...added, ...list.slice(at + s.remove)];
          const uri = s.otherUri ? 'file:///other.json' : 'file:///a.json';
          const m = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: ++version, diagnostics: list } } as Message;
          // Read before the next encode, as the stream writer does (the encoder reuses its buffers).
          const text = Buffer.from(await enc.encode(m)).toString('latin1');
          assert.equal(text, asciiJson(JSON.stringify(m)));
          // A status notification between publishes must not disturb the bytes kept for the next publish.
          await enc.encode({ jsonrpc: '2.0', method: 'piiLint/status', params: { uri, findings: list.length } } as Message);
        }
      },
    ),
    { numRuns: 300 },
  );
});
