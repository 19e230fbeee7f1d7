// Diagnostics from the built server over stdio: one fixture per training-data kind, exact ranges of the
// planted values, code + documentation link, data for code actions, parse problems, and no crash on junk.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { rangeOf } from './support/lspClient';
import { withServer } from './support/withServer';

const fixtures = join(__dirname, 'fixtures');

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

describe('LSP diagnostics', () => {
  const lsp = withServer('diag');

  test('initialize names the server', () => {
    assert.equal(lsp.init.serverInfo?.name, 'assistant-pii-lint');
  });

  const cases: { file: string; languageId: string; planted: { value: string; code: string }[] }[] = [
    {
      file: 'dialog-workspace.json',
      languageId: 'json',
      planted: [
        { value: 'dana.whitfield@gmail.com', code: 'email' },
        { value: '(415) 555-2671', code: 'phone-number' },
      ],
    },
    { file: 'actions-skill.json', languageId: 'json', planted: [{ value: 'marcus.oyelaran@outlook.com', code: 'email' }] },
    {
      file: 'support_intents.csv',
      languageId: 'csv',
      planted: [
        { value: '536-22-9145', code: 'us-ssn' },
        { value: 'priya.raman@yahoo.com', code: 'email' },
      ],
    },
    {
      file: 'chat_utterances.txt',
      languageId: 'plaintext',
      planted: [
        { value: '+44 7700 912345', code: 'phone-number' },
        { value: 'leon.brandt@web.de', code: 'email' },
      ],
    },
  ];

  for (const c of cases) {
    test(`${c.file}: planted values get exact diagnostics`, async () => {
      const text = fixture(c.file);
      const path = join(lsp.root, c.file);
      writeFileSync(path, text);
      const uri = lsp.client.uri(path);
      await lsp.client.open(uri, text, c.languageId);
      const diags = await lsp.client.diagnosticsFor(uri);
      for (const p of c.planted) {
        const range = rangeOf(text, p.value);
        const d = diags.find((x) => x.code === p.code && x.range.start.line === range.start.line && x.range.start.character === range.start.character);
        assert.ok(d, `expected ${p.code} at ${JSON.stringify(range)}; got ${JSON.stringify(diags.map((x) => [x.code, x.range]))}`);
        assert.deepEqual(d.range, range);
        assert.equal(d.source, 'PII Lint');
        assert.match(d.codeDescription?.href ?? '', new RegExp(`#${p.code}$`));
        assert.ok(d.message.length > 0 && !d.message.includes(p.value), 'message must not repeat the raw value');
        // The data is the key of the finding (its fix data stays on the server, see the code-action tests).
        const data = d.data as Record<string, unknown>;
        assert.match(String(data.h), /^[0-9a-f]{16}$/);
        assert.deepEqual(Object.keys(data).filter((k) => k !== 'h' && k !== 't'), []);
        assert.ok(!JSON.stringify(d).includes(p.value), 'the diagnostic never carries the raw value');
      }
    });
  }

  test('messages name the entity and the field path', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'dialog-workspace.json'));
    const diags = await lsp.client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email');
    assert.ok(email);
    assert.match(email.message, /Email address/);
    assert.match(email.message, /update_contact/);
    assert.equal(email.severity, 2);
  });

  test('an unprotected variable in an actions skill is reported with its structural fix', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'actions-skill.json'));
    const diags = await lsp.client.diagnosticsFor(uri);
    const v = diags.find((d) => d.code === 'unprotected-variable');
    assert.ok(v, JSON.stringify(diags.map((d) => d.code)));
    const actions = await lsp.client.codeActionsFor(uri, v);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
  });

  test('malformed JSON gives a parse-error diagnostic and the server keeps working', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'broken-workspace.json'));
    const text = '{ "intents": [ { "intent": "x", "examples": [ { "text": "mail bob.hartley@gmail.com" ';
    await lsp.client.open(uri, text, 'json');
    const diags = await lsp.client.diagnosticsFor(uri);
    assert.ok(diags.some((d) => d.code === 'parse-error'), JSON.stringify(diags));
    // Binary garbage, a huge single line and an empty document must not take the server down either.
    await lsp.client.open(lsp.client.uri(join(lsp.root, 'garbage.json')), '\u0000\u0001{{{[[[' + '"'.repeat(1000), 'json');
    await lsp.client.open(lsp.client.uri(join(lsp.root, 'empty.csv')), '', 'csv');
    await lsp.client.open(lsp.client.uri(join(lsp.root, 'long.txt')), 'x'.repeat(200_000) + ' carla.mendes@gmail.com', 'plaintext');
    const long = await lsp.client.diagnosticsFor(lsp.client.uri(join(lsp.root, 'long.txt')));
    assert.ok(long.some((d) => d.code === 'email'));
    assert.ok(lsp.client.isAlive);
  });

  test('files that are not training data get no findings', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'package.json'));
    await lsp.client.open(uri, '{ "name": "x", "author": "ann.lee@gmail.com" }', 'json');
    const diags = await lsp.client.diagnosticsFor(uri);
    assert.deepEqual(diags, []);
    const status = (await lsp.client.conn.sendRequest('piiLint/fileStatus', { uri })) as { kind: string | null; findings: number };
    assert.equal(status.kind, null);
  });

  test('the file status request counts findings for the language status item', async () => {
    const uri = lsp.client.uri(join(lsp.root, 'dialog-workspace.json'));
    const status = (await lsp.client.conn.sendRequest('piiLint/fileStatus', { uri })) as {
      kind: string;
      findings: number;
      warnings: number;
      lastValidated: string;
    };
    assert.equal(status.kind, 'dialog');
    assert.equal(status.findings, 2);
    assert.ok(!Number.isNaN(Date.parse(status.lastValidated)));
  });
});
