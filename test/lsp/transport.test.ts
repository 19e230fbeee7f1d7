// Transport and hygiene: the server also speaks node IPC (stdio is tested everywhere else), stays responsive while
// a long lint runs, and its trace log never contains the raw values it found.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverPath } from './support/lspClient';
import { usingServer } from './support/withServer';

const dialog = readFileSync(join(__dirname, 'fixtures', 'dialog-workspace.json'), 'utf8');

describe('LSP transport and hygiene', () => {
  test('--node-ipc: initialize and diagnostics over IPC', async () => {
    const child = fork(serverPath(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const got = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
      conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      conn.listen();
      const init = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
        capabilities: { hoverProvider?: boolean };
      };
      assert.equal(init.capabilities.hoverProvider, true);
      await conn.sendNotification('initialized', {});
      const uri = pathToFileURL(join(tmpdir(), 'ipc-skill.json')).toString();
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: dialog } });
      const p = await got;
      assert.equal(p.uri, uri);
      assert.deepEqual(p.diagnostics.map((d) => d.code).sort(), ['email', 'phone-number']);
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  test('requests are answered while a long lint is running', async () => {
    await usingServer('busy', { settings: { timeBudgetMs: 600_000 } }, async ({ client, root }) => {
      const count = 6000;
      const examples = Array.from({ length: count }, (_, i) => `{ "text": "order ${i} for kim${i}.lee@gmail.com" }`).join(',');
      const uri = client.uri(join(root, 'busy.json'));
      await client.open(uri, `{ "intents": [ { "intent": "orders", "examples": [ ${examples} ] } ] }`);
      const small = client.uri(join(root, 'small.json'));
      await client.open(small, dialog);
      const status = (await client.conn.sendRequest('piiLint/fileStatus', { uri: small })) as { findings: number };
      await client.diagnosticsFor(small);
      const answeredAt = Date.now();
      await client.diagnosticsWhere(uri, (ds) => ds.length === count, 'complete results', 120_000);
      const completeAt = client.publishLog.filter((p) => p.uri === uri && p.count === count)[0].at;
      assert.ok(status && answeredAt <= completeAt, 'the small file was served before the big lint finished');
    });
  });

  test('trace logs carry file names, counts and timings, never the values', async () => {
    await usingServer('trace', { settings: { trace: { server: 'verbose' } } }, async ({ client, root }) => {
      const uri = client.uri(join(root, 'trace.json'));
      await client.open(uri, dialog);
      await client.diagnosticsFor(uri);
      await client.conn.sendRequest('workspace/executeCommand', { command: 'piiLint.scanWorkspace' });
      await client.waitFor(() => client.logs.some((l) => /validated trace\.json/.test(l)), 'trace line');
      const all = client.logs.join('\n');
      for (const value of ['dana.whitfield', 'gmail.com', '555-2671']) assert.ok(!all.includes(value), `log leaks ${value}`);
    });
  });
});
