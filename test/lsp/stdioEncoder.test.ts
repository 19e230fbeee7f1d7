// The stdio encoder must produce exactly the bytes of JSON.stringify for every message, also when it reuses
// its buffer and the encodings of diagnostics published before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from 'vscode-jsonrpc';
import { ReusingJsonEncoder } from '../../server/src/lsp/stdioEncoder';

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

test('publishes and other messages encode to the JSON.stringify bytes, with reused diagnostics', async () => {
  const enc = new ReusingJsonEncoder();
  const pool = Array.from({ length: 300 }, (_, i) => diagnostic(i, i % 7 === 0 ? `Name 😀 in example ${i}\n` : `Email in example ${i}`));
  const messages: Message[] = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b.json', version: 3, diagnostics: pool } } as Message,
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', diagnostics: [] } } as Message,
    // Reused objects in another order, plus new ones.
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', version: 4, diagnostics: [...pool.slice(100), diagnostic(1, 'new'), ...pool.slice(0, 5)] } } as Message,
    { jsonrpc: '2.0', id: 7, result: { big: 'x'.repeat(3 << 20), n: null } } as Message,
    { jsonrpc: '2.0', method: 'piiLint/status', params: { uri: 'file:///a.json', findings: 3 } } as Message,
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.json', version: 5, diagnostics: pool.slice(0, 2) } } as Message,
  ];
  for (const m of messages) {
    const bytes = await enc.encode(m);
    // Copy before the next encode: the encoder reuses its buffer (the writer sends each message before the next).
    assert.equal(Buffer.from(bytes).toString('utf8'), JSON.stringify(m));
  }
});
