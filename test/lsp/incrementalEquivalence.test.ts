// Incremental validation must never differ from a full lint: random edits (typing inside values, pasting
// personal data, deleting, quotes and backslashes, newlines, structural damage anywhere) go through the
// real server over stdio; after each batch the diagnostics of the edited document must equal those of the
// same text opened fresh. Hover and code actions must work on the shifted diagnostics.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { withServer } from './support/withServer';
import { bigWorkspace } from './support/bigWorkspace';

const fixtures = join(__dirname, 'fixtures');
/** What gets typed or pasted inside values. */
const SNIPPETS = ['x', ' ', 'e', 'maria.lopez@gmail.com', ' call (415) 555-0199', 'Maria Lopez', ' 536-22-9145', 'ü', '😀', ''];
/** Damage anywhere (the last rounds only: a broken file is re-linted whole): quotes, escapes, newlines, brackets. */
const STRUCTURAL = ['"', '\\', '\\n', '\n', ', ', '{', '}', ''];
const ROUNDS = 12;
const CLEAN_ROUNDS = 9;

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n;
  };
}

/** What a diagnostic says, without the document version it was computed for. */
function comparable(ds: Diagnostic[]): string[] {
  return ds
    .map((d) => {
      const data = { ...(d.data as Record<string, unknown>) };
      delete data.version;
      return JSON.stringify({ range: d.range, severity: d.severity, code: d.code, message: d.message, href: d.codeDescription?.href, tags: d.tags, source: d.source, data });
    })
    .sort();
}

describe('LSP incremental diagnostics equal a full lint', () => {
  // Verbose trace: the server logs whether each validation was incremental (counted below).
  const lsp = withServer('equiv', { settings: { trace: { server: 'verbose' } } });
  let fresh = 0;

  async function fullLintOf(name: string, text: string, languageId: string): Promise<Diagnostic[]> {
    const uri = lsp.client.uri(join(lsp.root, `fresh-${++fresh}-${name}`));
    await lsp.client.open(uri, text, languageId);
    const ds = await lsp.client.completeDiagnosticsFor(uri, 30_000);
    await lsp.client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return ds;
  }

  const cases = [
    { name: 'workspace.json', languageId: 'json', text: readFileSync(join(fixtures, 'dialog-workspace.json'), 'utf8') + '\n' + '', seed: 1 },
    { name: 'big-workspace.json', languageId: 'json', text: bigWorkspace(60_000, 7), seed: 2 },
    { name: 'chat_utterances.txt', languageId: 'plaintext', text: readFileSync(join(fixtures, 'chat_utterances.txt'), 'utf8').repeat(20), seed: 3 },
    { name: 'support_intents.csv', languageId: 'csv', text: readFileSync(join(fixtures, 'support_intents.csv'), 'utf8').repeat(400), seed: 4 },
  ];

  for (const c of cases) {
    test(`${c.name}: ${ROUNDS * 10} random edits`, async () => {
      const random = rng(c.seed);
      const uri = lsp.client.uri(join(lsp.root, c.name));
      await lsp.client.open(uri, c.text, c.languageId);
      await lsp.client.completeDiagnosticsFor(uri, 30_000);
      let incremental = 0;
      let cleanRuns = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < 10; k++) {
          const doc = lsp.client.docs.get(uri)!;
          const text = doc.getText();
          // Mostly inside a value (an example text, a CSV cell, a log line), now and then anywhere.
          let at = Math.floor(random(text.length + 1));
          const structural = round >= CLEAN_ROUNDS && random(1) < 0.15;
          let valueEnd = text.length;
          if (!structural) {
            const opener = c.languageId === 'json' ? '"text": "' : '\n';
            const q = text.indexOf(opener, at);
            const from = q >= 0 ? q + opener.length : text.lastIndexOf(opener) + opener.length;
            const close = text.indexOf(c.languageId === 'json' ? '"' : c.languageId === 'csv' ? ',' : '\n', from);
            const len = Math.max(0, (close < 0 ? text.length : close) - from);
            at = Math.min(text.length, from + Math.floor(random(len + 1)));
            valueEnd = from + len;
          }
          const del = Math.min(random(1) < 0.3 ? Math.floor(random(4)) : 0, valueEnd - at);
          const pool = structural ? STRUCTURAL : SNIPPETS;
          const insert = pool[Math.floor(random(pool.length))];
          const start = doc.positionAt(at);
          const end = doc.positionAt(Math.min(text.length, at + del));
          // Typing arrives one character per change, pastes as one.
          if (insert.length > 1 && random(1) < 0.5 && del === 0) {
            let pos = start;
            for (const ch of insert) {
              await lsp.client.change(uri, [{ range: { start: pos, end: pos }, newText: ch }]);
              pos = lsp.client.docs.get(uri)!.positionAt(lsp.client.docs.get(uri)!.offsetAt(pos) + ch.length);
            }
          } else {
            await lsp.client.change(uri, [{ range: { start, end }, newText: insert }]);
          }
          incremental++;
          // Edits at several places before a validation merge into one span (a full lint); mostly wait, as typing does.
          if (random(1) < 0.7) await lsp.client.diagnosticsFor(uri, undefined, 30_000);
        }
        const edited = await lsp.client.completeDiagnosticsFor(uri, 30_000);
        const expected = await fullLintOf(c.name, lsp.client.text(uri), c.languageId);
        assert.deepEqual(comparable(edited), comparable(expected), `${c.name} after ${incremental} edits (round ${round})`);
        if (round === CLEAN_ROUNDS - 1) cleanRuns = lsp.client.logs.filter((l) => l.startsWith(`validated ${c.name} `)).length;
      }
      // The property is only worth something if the edits of the clean rounds really took the incremental path.
      const runs = lsp.client.logs.filter((l) => l.startsWith(`validated ${c.name} `) && !/ v1 /.test(l)).slice(0, cleanRuns - 1);
      const fast = runs.filter((l) => / incremental /.test(l)).length;
      const why = lsp.client.logs.filter((l) => l.startsWith(`full lint of ${c.name} `)).slice(0, 5).join('; ');
      assert.ok(fast >= runs.length * 0.5 && fast >= 20, `${c.name}: ${fast} of ${runs.length} validations incremental (${why})`);
      await lsp.client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }

  test('hover and quick fixes work on diagnostics moved by edits', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'moved.json'));
    const text = bigWorkspace(30_000, 5);
    await lsp.client.open(uri, text);
    await lsp.client.completeDiagnosticsFor(uri, 30_000);
    // Type a few characters and a new line before the first planted email, so it moves in both line and column.
    const first = text.indexOf('"text": "') + 9;
    const pos = lsp.client.docs.get(uri)!.positionAt(first);
    for (const ch of 'abc') {
      const p = lsp.client.docs.get(uri)!.positionAt(lsp.client.docs.get(uri)!.offsetAt(pos));
      await lsp.client.change(uri, [{ range: { start: p, end: p }, newText: ch }]);
    }
    await lsp.client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '  "description": "x",\n' }]);
    const diags = await lsp.client.completeDiagnosticsFor(uri, 30_000);
    const email = diags.find((d) => d.code === 'email')!;
    const current = lsp.client.text(uri);
    const doc = lsp.client.docs.get(uri)!;
    assert.match(current.slice(doc.offsetAt(email.range.start), doc.offsetAt(email.range.end)), /^user\d+\.smith@gmail\.com$/);
    const hover = (await lsp.client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: email.range.start })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Email address/);
    const actions = await lsp.client.codeActionsFor(uri, email);
    const fix = actions.find((a) => a.isPreferred)!;
    const edit = (fix.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.deepEqual(edit.range, email.range);
    lsp.client.applyWorkspaceEdit(fix.edit!);
    const after = await lsp.client.completeDiagnosticsFor(uri, 30_000);
    assert.ok(!after.some((d) => d.code === 'email' && d.severity! <= 2 && d.range.start.line === email.range.start.line));
    // The diagnostic from before the fix is stale now: it gets no edits (only the rule documentation).
    const stale = await lsp.client.codeActionsFor(uri, email);
    assert.ok(!stale.some((a) => a.edit && a.diagnostics?.length), JSON.stringify(stale.map((a) => a.title)));
    assert.ok(stale.some((a) => a.command?.command === 'piiLint.openRuleDocs'));
  });
});
