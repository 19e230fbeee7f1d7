// Diagnostics from the built server over stdio: one fixture per training-data kind, exact ranges of the
// planted values, code + documentation link, data for code actions, parse problems, and no crash on junk.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspTestClient, rangeOf } from './support/lspClient';

const fixtures = join(__dirname, 'fixtures');

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

describe('LSP diagnostics', () => {
  let client: LspTestClient;
  let root: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pii-lsp-diag-'));
    client = new LspTestClient({ root });
    const init = await client.initialize();
    assert.equal(init.serverInfo?.name, 'assistant-pii-lint');
  });

  after(async () => {
    await client.stop();
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
      const path = join(root, c.file);
      writeFileSync(path, text);
      const uri = client.uri(path);
      await client.open(uri, text, c.languageId);
      const diags = await client.diagnosticsFor(uri);
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
    const uri = client.uri(join(root, 'dialog-workspace.json'));
    const diags = await client.diagnosticsFor(uri);
    const email = diags.find((d) => d.code === 'email');
    assert.ok(email);
    assert.match(email.message, /Email address/);
    assert.match(email.message, /update_contact/);
    assert.equal(email.severity, 2);
  });

  test('an unprotected variable in an actions skill is reported with its structural fix', async () => {
    const uri = client.uri(join(root, 'actions-skill.json'));
    const diags = await client.diagnosticsFor(uri);
    const v = diags.find((d) => d.code === 'unprotected-variable');
    assert.ok(v, JSON.stringify(diags.map((d) => d.code)));
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: v.range, context: { diagnostics: [v] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
  });

  test('malformed JSON gives a parse-error diagnostic and the server keeps working', async () => {
    const uri = client.uri(join(root, 'broken-workspace.json'));
    const text = '{ "intents": [ { "intent": "x", "examples": [ { "text": "mail bob.hartley@gmail.com" ';
    await client.open(uri, text, 'json');
    const diags = await client.diagnosticsFor(uri);
    assert.ok(diags.some((d) => d.code === 'parse-error'), JSON.stringify(diags));
    // Binary garbage, a huge single line and an empty document must not take the server down either.
    await client.open(client.uri(join(root, 'garbage.json')), '\u0000\u0001{{{[[[' + '"'.repeat(1000), 'json');
    await client.open(client.uri(join(root, 'empty.csv')), '', 'csv');
    await client.open(client.uri(join(root, 'long.txt')), 'x'.repeat(200_000) + ' carla.mendes@gmail.com', 'plaintext');
    const long = await client.diagnosticsFor(client.uri(join(root, 'long.txt')));
    assert.ok(long.some((d) => d.code === 'email'));
    assert.ok(client.isAlive);
  });

  test('files that are not training data get no findings', async () => {
    const uri = client.uri(join(root, 'package.json'));
    await client.open(uri, '{ "name": "x", "author": "ann.lee@gmail.com" }', 'json');
    const diags = await client.diagnosticsFor(uri);
    assert.deepEqual(diags, []);
    const status = (await client.conn.sendRequest('piiLint/fileStatus', { uri })) as { kind: string | null; findings: number };
    assert.equal(status.kind, null);
  });

  test('the file status request counts findings for the language status item', async () => {
    const uri = client.uri(join(root, 'dialog-workspace.json'));
    const status = (await client.conn.sendRequest('piiLint/fileStatus', { uri })) as {
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
