// No secret (API key, password, token) may appear in any error message, progress notice or ledger file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssistantInstanceClient, deleteCustomerData, JsonFileLedger, type QueryProgress } from '../../client/src/instance';
import { makeLogs } from './emulator/fixtures';
import { WatsonEmulator } from './emulator/server';
import { AUTH_CASES, FAST_RETRY, instanceFor } from './helpers';

let emu: WatsonEmulator;
before(async () => {
  emu = await WatsonEmulator.start();
  emu.logs = makeLogs('cust-s', 3);
});
after(() => emu.close());

test('no secret or token appears in errors, progress or the ledger', async () => {
  const outputs: string[] = [];
  const secrets: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'pii-ledger-'));
  for (const c of AUTH_CASES) {
    const creds = await c.creds(emu);
    secrets.push(...Object.values(creds).filter((v): v is string => typeof v === 'string'));
    const cl = new AssistantInstanceClient(instanceFor(emu, c.config), creds, { retry: FAST_RETRY, timeoutMs: 300 });
    for (const status of [400, 401, 403, 404, 429, 500]) {
      emu.fail({ status, times: 10, retryAfter: status === 429 ? '0' : undefined });
      await cl.queryLogs('cust-s', { onProgress: (p: QueryProgress) => outputs.push(JSON.stringify(p), p.retry?.error.message ?? '') }).catch((e: Error) => outputs.push(e.message, String(e.stack)));
      emu.clearFaults();
    }
    emu.fail({ status: 200, delayMs: 600 });
    await cl.queryLogs('cust-s').catch((e: Error) => outputs.push(e.message));
    await deleteCustomerData(cl, new JsonFileLedger(dir), 'cust-s', { typedCustomerId: 'cust-s' }).catch((e: Error) => outputs.push(e.message));
  }
  // Tokens the emulator handed out during the run.
  for (const r of emu.requests) if (r.authorization) secrets.push(r.authorization.split(' ')[1]);
  outputs.push(await readFile(join(dir, 'deletion-ledger.json'), 'utf8'));
  assert.ok(outputs.length > 30);
  const all = outputs.join('\n');
  for (const s of new Set(secrets)) assert.ok(!all.includes(s), `a secret leaked: ${s.slice(0, 4)}…`);
});
