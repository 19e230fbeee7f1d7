// The terminal confirmation of `customer-data delete` (no --yes): drives runCustomerData with a fake terminal,
// since a child process with piped stdin is never a TTY. The emulator is the real HTTP side.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runCustomerData } from '../../server/src/cli/customerData';
import { makeLogs } from '../instance/emulator/fixtures';
import { WatsonEmulator } from '../instance/emulator/server';
import { API_KEY } from '../instance/helpers';

let emu: WatsonEmulator;
before(async () => {
  emu = await WatsonEmulator.start();
});
after(() => emu.close());
beforeEach(() => {
  emu.requests.length = 0;
  emu.logs = makeLogs('cust-t', 2);
});

async function run(typed: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let errText = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => {
    errText += d;
    if (String(d).includes('Type the customer id')) stdin.end(typed);
  });
  const env = { ASSISTANT_URL: emu.assistantUrl, ASSISTANT_AUTH_URL: emu.url, ASSISTANT_APIKEY: API_KEY };
  const code = await runCustomerData(['delete', '--customer-id', 'cust-t', '--assistant-id', 'env-draft-0001'], { stdin, stdout, stderr, env, isTTY: true, signal: new AbortController().signal });
  return { code, out, err: errText };
}

test('on a terminal the user must type the id; a mismatch sends nothing', async () => {
  const r = await run('cust-x\n');
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot be undone/);
  assert.match(r.err, /does not match\. Nothing was deleted/);
  assert.equal(emu.requests.length, 0);
});

test('an empty answer (end of input) sends nothing', async () => {
  const r = await run('');
  assert.equal(r.code, 2);
  assert.equal(emu.requests.length, 0);
});

test('typing the exact id deletes', async () => {
  const r = await run('cust-t\n');
  assert.equal(r.code, 0, r.err);
  assert.equal(emu.apiRequests('DELETE').length, 1);
  assert.equal(emu.logs.length, 0);
});
