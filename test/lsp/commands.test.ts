// workspace/executeCommand over LSP: fix all, apply one fix, allow value (writes .piilintrc.json, then the
// diagnostic clears after didChangeWatchedFiles), show rules, set file kind, and the workspace scan with
// work-done progress, .gitignore and config ignore globs, and diagnostics for files that are not open.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspTestClient, rangeOf } from './support/lspClient';
import { withServer } from './support/withServer';

const fixtures = join(__dirname, 'fixtures');
const dialog = readFileSync(join(fixtures, 'dialog-workspace.json'), 'utf8');
/** The full value hash, as the editor gets it: from the arguments of the diagnostic's allow-value quick fix. */
async function allowHashOf(client: LspTestClient, uri: string, d: Diagnostic): Promise<string> {
  const actions = await client.codeActionsFor(uri, d);
  const allow = actions.find((a) => a.command?.command === 'piiLint.allowValue');
  assert.ok(allow, JSON.stringify(actions.map((a) => a.title)));
  const hash = (allow.command!.arguments![0] as { valueHash: string }).valueHash;
  assert.ok(hash.startsWith((d.data as { h: string }).h));
  return hash;
}

const real = (ds: Diagnostic[]) => ds.filter((d) => !(d.data as { t?: 1 } | undefined)?.t);

describe('LSP commands', () => {
  const lsp = withServer('cmd');

  test('the server declares its commands', () => {
    const commands = lsp.init.capabilities.executeCommandProvider?.commands ?? [];
    for (const c of ['piiLint.scanWorkspace', 'piiLint.fixAllInFile', 'piiLint.applyFix', 'piiLint.allowValue', 'piiLint.showRules', 'piiLint.setFileKind']) {
      assert.ok(commands.includes(c), `server must declare ${c}`);
    }
  });

  test('piiLint.fixAllInFile replaces every finding through workspace/applyEdit', async () => {
    const path = join(lsp.root, 'fixall.json');
    const uri = lsp.client.uri(path);
    await lsp.client.open(uri, dialog);
    assert.equal(real(await lsp.client.diagnosticsFor(uri)).length, 2);
    const r = (await lsp.client.conn.sendRequest('workspace/executeCommand', {
      command: 'piiLint.fixAllInFile',
      arguments: [{ uri }],
    })) as { applied: boolean; count: number };
    assert.deepEqual(r, { applied: true, count: 2 });
    const text = lsp.client.text(uri);
    assert.ok(!text.includes('dana.whitfield@gmail.com') && !text.includes('(415) 555-2671'));
    JSON.parse(text);
    const diags = await lsp.client.diagnosticsFor(uri);
    assert.equal(real(diags).length, 0);
  });

  test('a document outside the file system (virtual workspace, untitled) gets its fixes but no allow-value action', async () => {
    for (const uri of ['vscode-vfs://github/acme/bot/dialog-workspace.json', 'untitled:Untitled-1']) {
      await lsp.client.open(uri, dialog);
      const phone = (await lsp.client.diagnosticsFor(uri)).find((d) => d.code === 'phone-number');
      assert.ok(phone, uri);
      const actions = await lsp.client.codeActionsFor(uri, phone);
      assert.ok(actions.some((a) => a.title.startsWith('Replace with')), `${uri}: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(!actions.some((a) => a.command?.command === 'piiLint.allowValue'), `${uri}: no allow-value`);
      // ... and its hover does not promise one
      const hover = (await lsp.client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: phone.range.start })) as Hover;
      const md = (hover.contents as { value: string }).value;
      assert.ok(!/allow this value/.test(md) && /save this document/.test(md), `${uri}: ${md}`);
    }
  });

  test('piiLint.applyFix applies the placeholder of one finding', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'applyfix.json'));
    await lsp.client.open(uri, dialog);
    const diags = await lsp.client.diagnosticsFor(uri);
    const phone = diags.find((d) => d.code === 'phone-number')!;
    const r = await lsp.client.conn.sendRequest('workspace/executeCommand', {
      command: 'piiLint.applyFix',
      arguments: [{ uri, range: phone.range, strategy: 'placeholder' }],
    });
    assert.deepEqual(r, { applied: true });
    assert.match(lsp.client.text(uri), /my new number is \[PHONE[^\]]*\]/);
    const after = await lsp.client.diagnosticsFor(uri);
    assert.equal(after.filter((d) => d.code === 'phone-number').length, 0);
  });

  test('piiLint.allowValue creates .piilintrc.json with the hash (no dangling $schema); the diagnostic clears', async () => {
    const path = join(lsp.root, 'allow.json');
    writeFileSync(path, dialog);
    const uri = lsp.client.uri(path);
    await lsp.client.open(uri, dialog);
    const diags = await lsp.client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email')!;
    const hash = await allowHashOf(lsp.client, uri, email);
    const r = (await lsp.client.conn.sendRequest('workspace/executeCommand', {
      command: 'piiLint.allowValue',
      arguments: [{ uri, valueHash: hash, ruleId: 'email', entity: 'EMAIL_ADDRESS' }],
    })) as { configUri: string; created: boolean; added: boolean };
    assert.equal(r.created, true);
    assert.equal(r.added, true);
    const configPath = join(lsp.root, '.piilintrc.json');
    assert.equal(r.configUri, lsp.client.uri(configPath));
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    assert.equal(config.$schema, undefined, 'the npm package is not installed in this folder, so no $schema pointing at it');
    assert.equal(config.allow[0].hash, hash);
    assert.ok(!readFileSync(configPath, 'utf8').includes('dana.whitfield'), 'the config holds a hash, never the value');
    // The editor reports the file change; diagnostics of open documents are recomputed without the allowed value.
    await lsp.client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: r.configUri, type: 1 }] });
    await lsp.client.diagnosticsWhere(uri, (ds) => !ds.some((d) => d.code === 'email') && ds.some((d) => d.code === 'phone-number'), 'email allowed');
    // A second allow adds to the existing file instead of recreating it; the same hash is not added twice.
    const phone = (await lsp.client.diagnosticsFor(uri)).find((d) => d.code === 'phone-number')!;
    const r2 = (await lsp.client.conn.sendRequest('workspace/executeCommand', {
      command: 'piiLint.allowValue',
      arguments: [{ uri, valueHash: await allowHashOf(lsp.client, uri, phone) }],
    })) as { created: boolean; added: boolean };
    assert.deepEqual([r2.created, r2.added], [false, true]);
    const r3 = (await lsp.client.conn.sendRequest('workspace/executeCommand', {
      command: 'piiLint.allowValue',
      arguments: [{ uri, valueHash: hash }],
    })) as { added: boolean };
    assert.equal(r3.added, false);
    assert.equal(JSON.parse(readFileSync(configPath, 'utf8')).allow.length, 2);
    await lsp.client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: r.configUri, type: 2 }] });
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 0, 'all allowed');
    // Remove the config again so later tests see the default configuration.
    writeFileSync(configPath, '{}');
    await lsp.client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: r.configUri, type: 2 }] });
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'config emptied');
  });

  test('invalid command arguments give an error response, not a crash', async () => {
    await assert.rejects(
      lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.allowValue', arguments: [{ uri: 'file:///x', valueHash: 'nope' }] }),
      /64-hex/,
    );
    await assert.rejects(lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.fixAllInFile', arguments: [42] }));
    assert.ok(lsp.client.isAlive);
  });

  test('piiLint.showRules lists the rules with documentation links', async () => {
    const rules = (await lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.showRules' })) as {
      id: string;
      docsUrl: string;
      severity: string;
    }[];
    const email = rules.find((r) => r.id === 'email');
    assert.ok(email);
    assert.match(email.docsUrl, /#email$/);
    assert.ok(rules.some((r) => r.id === 'unprotected-variable'));
  });

  test('piiLint.setFileKind lints a file under the chosen kind', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'notes.data'));
    const text = 'please call me at (415) 555-2671 tomorrow\n';
    await lsp.client.open(uri, text, 'plaintext');
    assert.deepEqual(await lsp.client.diagnosticsFor(uri), []);
    await lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.setFileKind', arguments: [{ uri, kind: 'utterances' }] });
    const diags = await lsp.client.diagnosticsWhere(uri, (ds) => ds.length > 0, 'utterance findings');
    assert.deepEqual(diags[0].range, rangeOf(text, '(415) 555-2671'));
    await assert.rejects(
      lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.setFileKind', arguments: [{ uri, kind: 'nonsense' }] }),
      /unknown kind/,
    );
  });
});

describe('LSP workspace scan', () => {
  const lsp = withServer('scan', {
    setup: (root) => {
      mkdirSync(join(root, 'skills'), { recursive: true });
      mkdirSync(join(root, 'build'), { recursive: true });
      mkdirSync(join(root, 'vendor'), { recursive: true });
      for (const f of ['dialog-workspace.json', 'actions-skill.json', 'support_intents.csv', 'chat_utterances.txt']) {
        writeFileSync(join(root, 'skills', f), readFileSync(join(fixtures, f)));
      }
      writeFileSync(join(root, 'build', 'copy.json'), dialog); // ignored by .gitignore
      writeFileSync(join(root, 'vendor', 'third.json'), dialog); // ignored by the config's ignore globs
      writeFileSync(join(root, 'package.json'), '{ "name": "x", "author": "ann.lee@gmail.com" }'); // not training data
      writeFileSync(join(root, '.gitignore'), 'build/\n');
      writeFileSync(join(root, '.piilintrc.json'), JSON.stringify({ ignore: ['vendor/**'] }));
    },
  });

  test('scan reports progress begin/report/end and publishes diagnostics for files that are not open', async () => {
    const opened = lsp.client.uri(join(lsp.root, 'skills', 'dialog-workspace.json'));
    await lsp.client.open(opened, dialog);
    await lsp.client.diagnosticsFor(opened);
    const result = (await lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.scanWorkspace' })) as {
      files: number;
      findings: number;
      filesWithFindings: number;
      cancelled: boolean;
    };
    assert.equal(result.cancelled, false);
    const published = [...lsp.client.diagnostics.keys()].map((u) => u.slice(lsp.client.uri(lsp.root).length));
    assert.equal(result.files, 4, JSON.stringify({ result, published }));
    assert.equal(result.filesWithFindings, 4);
    assert.equal(lsp.client.progressCreated.length, 1);
    const token = lsp.client.progressCreated[0];
    const kinds = lsp.client.progress.filter((p) => p.token === token).map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.ok(kinds.includes('report'));
    assert.equal(kinds[kinds.length - 1], 'end');
    const begin = lsp.client.progress.find((p) => p.token === token && p.value.kind === 'begin')!;
    assert.equal(begin.value.cancellable, true);
    const csv = lsp.client.diagnostics.get(lsp.client.uri(join(lsp.root, 'skills', 'support_intents.csv')));
    assert.ok(csv && csv.diagnostics.some((d) => d.code === 'us-ssn'));
    const txt = lsp.client.diagnostics.get(lsp.client.uri(join(lsp.root, 'skills', 'chat_utterances.txt')));
    assert.ok(txt && txt.diagnostics.some((d) => d.code === 'email'));
    assert.equal(lsp.client.diagnostics.get(lsp.client.uri(join(lsp.root, 'build', 'copy.json'))), undefined, '.gitignore honoured');
    assert.equal(lsp.client.diagnostics.get(lsp.client.uri(join(lsp.root, 'vendor', 'third.json'))), undefined, 'config ignore honoured');
    assert.equal(lsp.client.diagnostics.get(lsp.client.uri(join(lsp.root, 'package.json'))), undefined);
  });

  test('scan with a lsp.client work-done token reports on that token and can be cancelled', async () => {
    // Many files so that cancellation lands mid-scan.
    const many = join(lsp.root, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `u${i}_utterances.txt`), `call me at (415) 555-${String(2000 + i)}\n`);
    const token = 'scan-token-1';
    const source = new CancellationTokenSource();
    const pending = lsp.client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.scanWorkspace', workDoneToken: token }, source.token);
    await lsp.client.waitFor(() => lsp.client.progress.some((p) => p.token === token && p.value.kind === 'report'), 'progress report');
    source.cancel();
    const result = (await pending.catch((e: Error) => ({ cancelled: true, error: e.message }))) as { cancelled: boolean };
    assert.equal(result.cancelled, true);
    await lsp.client.waitFor(() => lsp.client.progress.some((p) => p.token === token && p.value.kind === 'end'), 'progress end');
    assert.ok(existsSync(join(lsp.root, '.piilintrc.json')));
  });
});
