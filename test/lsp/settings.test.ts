// piiLint.* settings over LSP (pulled with workspace/configuration, re-validated on change): severity
// overrides, enable, run onSave, minConfidence, kinds globs; the size cap with its one-time notice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigWorkspace } from './support/bigWorkspace';
import { rangeOf } from './support/lspClient';
import { usingServer, withServer } from './support/withServer';

const dialog = readFileSync(join(__dirname, 'fixtures', 'dialog-workspace.json'), 'utf8');

describe('LSP settings', () => {
  const lsp = withServer('settings');
  let n = 0;
  const freshUri = (name = 'ws') => lsp.client.uri(join(lsp.root, `${name}-${++n}.json`));

  test('severity overrides change open documents after didChangeConfiguration', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    let diags = await lsp.client.diagnosticsFor(uri);
    assert.equal(diags.find((d) => d.code === 'email')?.severity, 2);
    await lsp.client.setSettings({ severity: { email: 'error', 'phone-number': 'off' } });
    diags = await lsp.client.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'email' && d.severity === 1), 'email as error');
    assert.equal(diags.filter((d) => d.code === 'phone-number').length, 0);
    await lsp.client.setSettings({});
    diags = await lsp.client.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'phone-number'), 'defaults again');
    assert.equal(diags.find((d) => d.code === 'email')?.severity, 2);
  });

  test('minConfidence above every finding hides them; enable=false clears the file', async () => {
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'two findings');
    await lsp.client.setSettings({ minConfidence: 1 });
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 0, 'nothing at confidence 1');
    await lsp.client.setSettings({ enable: false });
    // The status notification after each validation says why the file is empty.
    await lsp.client.waitFor(() => lsp.client.statuses.some((s) => s.uri === uri && /disabled/.test(s.skippedReason ?? '')), 'disabled status');
    const status = (await lsp.client.conn.sendRequest('piiLint/fileStatus', { uri })) as { skippedReason?: string };
    assert.match(status.skippedReason ?? '', /disabled/);
    assert.equal(lsp.client.diagnostics.get(uri)?.diagnostics.length, 0);
    await lsp.client.setSettings({});
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'enabled again');
  });

  test('run=onSave waits for didSave', async () => {
    await lsp.client.setSettings({ run: 'onSave' });
    const uri = freshUri();
    await lsp.client.open(uri, dialog);
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'validated on open');
    const at = rangeOf(dialog, 'I want to update my address').end;
    const v = await lsp.client.change(uri, [{ range: { start: at, end: at }, newText: ' or mail lee.ford@gmail.com' }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.notEqual(lsp.client.diagnostics.get(uri)?.version, v, 'no validation while typing');
    await lsp.client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const diags = await lsp.client.diagnosticsFor(uri, v);
    assert.equal(diags.filter((d) => d.code === 'email').length, 2);
    await lsp.client.setSettings({});
  });

  test('kinds globs make a file with an unusual name training data', async () => {
    await lsp.client.setSettings({ kinds: { utterances: ['**/*.chatlog'] } });
    const uri = lsp.client.uri(join(lsp.root, 'support.chatlog'));
    const text = 'hi I need help\nreach me at (415) 555-2671\n';
    await lsp.client.open(uri, text, 'plaintext');
    const diags = await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 1, 'utterance finding');
    assert.deepEqual(diags[0].range, rangeOf(text, '(415) 555-2671'));
    await lsp.client.setSettings({});
  });

  test('files over maxFileSizeMB are skipped with a single notice', async () => {
    await lsp.client.setSettings({ maxFileSizeMB: 0.01 });
    const big = dialog.replace('"entities": []', `"entities": [], "padding": "${'x'.repeat(20_000)}"`);
    const uri = freshUri('big');
    await lsp.client.open(uri, big);
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 0, 'skipped');
    await lsp.client.waitFor(() => lsp.client.messages.some((m) => /maxFileSizeMB/.test(m.message)), 'size notice');
    const at = rangeOf(big, 'I want').start;
    await lsp.client.change(uri, [{ range: { start: at, end: at }, newText: 'x' }]);
    await lsp.client.diagnosticsFor(uri);
    assert.equal(lsp.client.messages.filter((m) => /maxFileSizeMB/.test(m.message)).length, 1, 'the notice is shown once');
    const status = (await lsp.client.conn.sendRequest('piiLint/fileStatus', { uri })) as { skippedReason?: string };
    assert.match(status.skippedReason ?? '', /larger than/);
    await lsp.client.setSettings({});
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'linted under the default cap');
  });

  test('the time budget stops a long lint, keeps what it found, and says so once', async () => {
    await lsp.client.setSettings({ timeBudgetMs: 1 });
    const examples = Array.from({ length: 4000 }, (_, i) => `{ "text": "order ${i} for kim${i}.lee@gmail.com" }`).join(',');
    const text = `{ "intents": [ { "intent": "orders", "examples": [ ${examples} ] } ] }`;
    const uri = freshUri('budget');
    await lsp.client.open(uri, text);
    const diags = await lsp.client.diagnosticsFor(uri, undefined, 60_000);
    assert.ok(diags.length > 0 && diags.length < 4000, `partial results expected, got ${diags.length}`);
    await lsp.client.waitFor(() => lsp.client.messages.some((m) => /timeBudgetMs/.test(m.message)), 'budget notice');
    // Typing in a checked text updates the partial result incrementally (no new full lint against the budget).
    const at = rangeOf(text, 'order 0 for').start;
    const v = await lsp.client.change(uri, [{ range: { start: at, end: at }, newText: 'x' }]);
    const afterEdit = await lsp.client.diagnosticsFor(uri, v, 60_000);
    assert.equal(afterEdit.length, diags.length);
    assert.deepEqual(afterEdit[0].range, rangeOf(lsp.client.text(uri), 'kim0.lee@gmail.com'));
    await lsp.client.setSettings({ timeBudgetMs: 600_000 });
    await lsp.client.diagnosticsWhere(uri, (ds) => ds.length === 4000, 'complete with a large budget', 120_000);
    await lsp.client.setSettings({});
  });
});

describe('LSP progressive results', () => {
  test('a long full lint publishes partial results first, then the complete set', async () => {
    await usingServer('progress', { settings: { timeBudgetMs: 600_000 } }, async ({ client, root }) => {
      const count = 6000;
      const examples = Array.from({ length: count }, (_, i) => `{ "text": "order ${i} for kim${i}.lee@gmail.com" }`).join(',');
      const text = `{ "intents": [ { "intent": "orders", "examples": [ ${examples} ] } ] }`;
      const uri = client.uri(join(root, 'progress.json'));
      const opened = Date.now();
      await client.open(uri, text);
      await client.diagnosticsWhere(uri, (ds) => ds.length === count, 'complete results', 120_000);
      const publishes = client.publishLog.filter((p) => p.uri === uri);
      const last = publishes[publishes.length - 1];
      assert.equal(last.count, count);
      for (const p of publishes) assert.ok(p.count <= count && p.version === 1);
      // Counts only grow: partial sets are prefixes of the final one.
      for (let i = 1; i < publishes.length; i++) assert.ok(publishes[i].count >= publishes[i - 1].count);
      if (last.at - opened > 1500) assert.ok(publishes.length >= 2, 'a lint longer than 1.5 s shows partial results first');
      const diags = client.diagnostics.get(uri)!.diagnostics;
      assert.deepEqual(diags[count - 1].range, rangeOf(text, `kim${count - 1}.lee@gmail.com`));
    });
  });

  test('a big JSON file shows the findings at its start first, exactly as the complete set has them', async () => {
    await usingServer('start-first', { settings: { timeBudgetMs: 600_000 } }, async ({ client, root }) => {
      // Over 1 M code units: the server publishes the texts of the first records before parsing the whole file.
      const text = bigWorkspace(1_200_000, 7);
      const expected = (text.match(/@gmail\.com/g) ?? []).length;
      const uri = client.uri(join(root, 'start-first.json'));
      await client.open(uri, text);
      const final = await client.diagnosticsWhere(uri, (ds) => ds.length === expected, 'complete results', 120_000);
      const publishes = client.publishLog.filter((p) => p.uri === uri);
      assert.ok(publishes.length >= 2, 'the start is published before the complete set');
      const first = publishes[0];
      assert.ok(first.count > 0 && first.count < expected / 10, `the first publish covers the start only (${first.count})`);
      // Every publish is the complete set's beginning, diagnostic for diagnostic (same ranges, messages, data).
      for (const p of publishes) assert.deepEqual(p.diagnostics, final.slice(0, p.count));
    });
  });
});

describe('LSP config files', () => {
  test('the nearest .piilintrc.json applies, with "extends"; problems in it are reported once per load', async () => {
    await usingServer('config', {
      setup: (root) => {
        mkdirSync(join(root, 'team'));
        writeFileSync(join(root, 'shared.json'), JSON.stringify({ rules: { email: 'off' } }));
        writeFileSync(join(root, 'team', '.piilintrc.json'), '{\n  // team settings\n  "extends": "../shared.json",\n  "rules": { "phone-number": "error" },\n  "bogus": true\n}\n');
      },
    }, async ({ client, root }) => {
      const uri = client.uri(join(root, 'team', 'skill.json'));
      await client.open(uri, dialog);
      const diags = await client.diagnosticsWhere(uri, (ds) => ds.length === 1, 'email off via extends');
      assert.equal(diags[0].code, 'phone-number');
      assert.equal(diags[0].severity, 1);
      await client.waitFor(() => client.messages.some((m) => /bogus/.test(m.message)), 'config problem notice');
      // Outside team/ the defaults apply.
      const other = client.uri(join(root, 'skill.json'));
      await client.open(other, dialog);
      await client.diagnosticsWhere(other, (ds) => ds.length === 2, 'defaults outside team/');
    });
  });
});

describe('LSP without optional client capabilities', () => {
  test('push settings (no workspace/configuration) and no progress support still work', async () => {
    await usingServer('min', { minimal: true }, async ({ client, root }) => {
      const uri = client.uri(join(root, 'skill.json'));
      await client.open(uri, dialog);
      await client.diagnosticsWhere(uri, (ds) => ds.length === 2, 'findings');
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { piiLint: { severity: { email: 'off' } } } });
      await client.diagnosticsWhere(uri, (ds) => ds.length === 1, 'email off');
      const r = (await client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.scanWorkspace' })) as { cancelled: boolean };
      assert.equal(r.cancelled, false);
      assert.equal(client.progressCreated.length, 0);
    });
  });
});
