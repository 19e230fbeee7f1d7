// Editing over LSP: incremental and full didChange keep diagnostics exact; hover explains a finding;
// code actions for the finding behind a diagnostic, the synthetic fix clears its diagnostic once applied, and
// fix-all edits come lazily through codeAction/resolve when the client supports it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { rangeOf } from './support/lspClient';
import { withServer } from './support/withServer';

/** Findings of real-looking values (synthetic replacements are reserved test values, reported as such). */
const real = (ds: Diagnostic[]) => ds.filter((d) => !(d.data as { t?: 1 } | undefined)?.t);

const dialog = readFileSync(join(__dirname, 'fixtures', 'dialog-workspace.json'), 'utf8');

describe('LSP editing, hover and code actions', () => {
  const lsp = withServer('edit');
  let n = 0;
  const freshUri = () => lsp.client.uri(join(lsp.root, `workspace-${++n}.json`));

  test('typing inside a value (incremental change) moves later diagnostics and finds new values', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsFor(uri);
    // Insert text before the phone number in the same line as the email: both later ranges shift.
    const at = rangeOf(dialog, 'change my email').start;
    await lsp.client.change(uri, [{ range: { start: at, end: at }, newText: 'please ' }]);
    const text = lsp.client.text(uri);
    let diags = await lsp.client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email');
    assert.deepEqual(email?.range, rangeOf(text, 'dana.whitfield@gmail.com'));
    const phone = diags.find((d) => d.code === 'phone-number');
    assert.deepEqual(phone?.range, rangeOf(text, '(415) 555-2671'));
    // Type a new email, one character at a time, into the third example.
    const third = rangeOf(text, 'update my address').end;
    const typed = ' at rosa.kim@gmail.com';
    for (let i = 0; i < typed.length; i++) {
      const pos = { line: third.line, character: third.character + i };
      await lsp.client.change(uri, [{ range: { start: pos, end: pos }, newText: typed[i] }]);
    }
    diags = await lsp.client.diagnosticsWhere(uri, (ds) => ds.filter((d) => d.code === 'email').length === 2, 'two emails');
    const after = lsp.client.text(uri);
    const second = diags.filter((d) => d.code === 'email').map((d) => d.range);
    assert.deepEqual(second[1], rangeOf(after, 'rosa.kim@gmail.com'));
    // Deleting the value clears its diagnostic.
    const r = rangeOf(after, ' at rosa.kim@gmail.com');
    await lsp.client.change(uri, [{ range: r, newText: '' }]);
    diags = await lsp.client.diagnosticsFor(uri);
    assert.equal(diags.filter((d) => d.code === 'email').length, 1);
    // Every published version matches the document, so stale results were not published.
    assert.equal(lsp.client.diagnostics.get(uri)?.version, lsp.client.docs.get(uri)?.version);
  });

  test('an edit that changes no diagnostic is confirmed by the status instead of a repeated publish', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.completeDiagnosticsFor(uri);
    const publishes = () => lsp.client.publishLog.filter((p) => p.uri === uri).length;
    const before = publishes();
    const publishedVersion = lsp.client.diagnostics.get(uri)!.version;
    const quiet = rangeOf(dialog, 'update my address').end;
    const version = await lsp.client.change(uri, [{ range: { start: quiet, end: quiet }, newText: ' please' }]);
    await lsp.client.waitFor(() => lsp.client.statuses.some((s) => s.uri === uri && s.version === version), `status of v${version}`);
    const status = lsp.client.statuses.filter((s) => s.uri === uri).at(-1)!;
    assert.equal(status.diagnosticsVersion, publishedVersion, 'the status names the version whose diagnostics still hold');
    assert.equal(publishes(), before, 'unchanged diagnostics are not sent again');
    assert.equal(real(await lsp.client.diagnosticsFor(uri)).length, 2);
    // Typing before a finding moves it: that is published, for the new version.
    const moving = rangeOf(dialog, 'change my email').start;
    const moved = await lsp.client.change(uri, [{ range: { start: moving, end: moving }, newText: 'x' }]);
    const diags = await lsp.client.diagnosticsFor(uri);
    assert.equal(lsp.client.diagnostics.get(uri)!.version, moved);
    assert.deepEqual(diags.find((d) => d.code === 'email')?.range, rangeOf(lsp.client.text(uri), 'dana.whitfield@gmail.com'));
  });

  test('a structural edit (new example object) and a full-text change re-lint the whole file', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsFor(uri);
    const pos = rangeOf(dialog, '{ "text": "I want to update my address" }').end;
    await lsp.client.change(uri, [{ range: { start: pos, end: pos }, newText: ',\n        { "text": "text me at 212-555-0147 or sam.ortiz@gmail.com" }' }]);
    let diags = await lsp.client.diagnosticsFor(uri);
    assert.deepEqual(diags.find((d) => d.code === 'email' && d.range.start.line > 9)?.range, rangeOf(lsp.client.text(uri), 'sam.ortiz@gmail.com'));
    await lsp.client.change(uri, dialog.replace('dana.whitfield@gmail.com', 'nobody'));
    diags = await lsp.client.diagnosticsFor(uri);
    assert.equal(diags.filter((d) => d.code === 'email').length, 0);
    assert.equal(diags.filter((d) => d.code === 'phone-number').length, 1);
  });

  test('hover explains the finding with a masked value and the rule link', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsFor(uri);
    const r = rangeOf(dialog, 'dana.whitfield@gmail.com');
    const hover = (await lsp.client.conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: r.start.line, character: r.start.character + 3 },
    })) as Hover;
    const md = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(md, /Email address/);
    assert.match(md, /URLs and logs/);
    assert.match(md, /training data/);
    assert.match(md, /confidence \d+%/);
    assert.match(md, /docs\/rules\.md#email/);
    assert.ok(!md.includes('dana.whitfield@gmail.com'), 'hover must not show the raw value');
    assert.match(md, /allow this value/, 'a file on disk can allow the value');
    assert.deepEqual(hover.range, r);
    const none = await lsp.client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  test('code actions: synthetic (preferred), placeholder, mask, allow, docs; the fix clears the diagnostic', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    const diags = await lsp.client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email')!;
    const actions = await lsp.client.codeActionsFor(uri, email);
    const titles = actions.map((a) => a.title);
    const synthetic = actions.find((a) => a.isPreferred);
    assert.ok(synthetic, JSON.stringify(titles));
    assert.match(synthetic.title, /synthetic/i);
    assert.ok(titles.some((t) => /placeholder/i.test(t)));
    assert.ok(titles.some((t) => /mask/i.test(t)));
    assert.ok(actions.some((a) => a.command?.command === 'piiLint.allowValue'));
    assert.ok(actions.some((a) => a.command?.command === 'piiLint.openRuleDocs'));
    assert.ok(actions.some((a) => a.kind === 'source.fixAll.piiLint'));
    const edit = (synthetic.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.deepEqual(edit.range, email.range);
    assert.notEqual(edit.newText, 'dana.whitfield@gmail.com');
    assert.match(edit.newText, /@/);
    lsp.client.applyWorkspaceEdit(synthetic.edit!);
    const after = await lsp.client.diagnosticsFor(uri);
    assert.equal(real(after).filter((d) => d.code === 'email').length, 0, 'the synthetic value is not reported as real data');
    const synth = after.find((d) => d.code === 'email');
    if (synth) assert.ok(synth.severity! >= 3, 'a synthetic value is at most an info "test value"');
    assert.equal(real(after).filter((d) => d.code === 'phone-number').length, 1);
  });

  test('only source.fixAll.piiLint returns one action that fixes the whole file', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsFor(uri);
    const actions = (await lsp.client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.piiLint'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    lsp.client.applyWorkspaceEdit(actions[0].edit!);
    const after = await lsp.client.diagnosticsFor(uri);
    assert.deepEqual(real(after).map((d) => d.code), []);
    JSON.parse(lsp.client.text(uri));
  });

  test('structural quick fix protects the variable', async () => {
    const actionsText = readFileSync(join(__dirname, 'fixtures', 'actions-skill.json'), 'utf8');
    const uri = lsp.client.uri(join(lsp.root, 'actions-fix.json'));
    await lsp.client.open(uri, actionsText);
    const diags = await lsp.client.diagnosticsFor(uri);
    const v = diags.find((d) => d.code === 'unprotected-variable')!;
    const actions = await lsp.client.codeActionsFor(uri, v);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.match(fix.title, /private|protect/i);
    lsp.client.applyWorkspaceEdit(fix.edit!);
    const after = await lsp.client.diagnosticsFor(uri);
    assert.equal(after.filter((d) => d.code === 'unprotected-variable').length, 0);
    const parsed = JSON.parse(lsp.client.text(uri));
    assert.equal(parsed.workspace.variables[0].privacy.enabled, true);
  });
});

describe('LSP fix-all with codeAction/resolve (as VS Code asks for it)', () => {
  const lsp = withServer('resolve', { resolveCodeActions: true });

  test('the server resolves code actions', () => {
    assert.equal((lsp.init.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
  });

  test('the fix-all action comes without an edit; resolving it gives the edit that fixes the file', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'resolve.json'));
    await lsp.client.open(uri, dialog);
    const diags = await lsp.client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email')!;
    const actions = await lsp.client.codeActionsFor(uri, email);
    // Single-finding fixes still carry their edits; only the whole-file ones are deferred.
    assert.ok(actions.find((a) => a.isPreferred)?.edit);
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.piiLint')!;
    assert.ok(fixAll, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fixAll.edit, undefined);
    const resolved = (await lsp.client.conn.sendRequest('codeAction/resolve', fixAll)) as CodeAction;
    assert.ok(resolved.edit, 'resolve must fill in the edit');
    lsp.client.applyWorkspaceEdit(resolved.edit);
    const after = await lsp.client.diagnosticsFor(uri);
    assert.deepEqual(real(after).map((d) => d.code), []);
    JSON.parse(lsp.client.text(uri));
  });

  test('resolving a fix-all of a closed document leaves it without an edit (no crash)', async () => {
    const action = { title: 'x', kind: 'source.fixAll.piiLint', data: { piiLintFixAll: { uri: lsp.client.uri(join(lsp.root, 'nope.json')), strategy: 'synthetic' } } };
    const resolved = (await lsp.client.conn.sendRequest('codeAction/resolve', action)) as CodeAction;
    assert.equal(resolved.edit, undefined);
    assert.ok(lsp.client.isAlive);
  });
});
