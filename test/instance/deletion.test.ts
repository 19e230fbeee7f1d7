import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AssistantInstanceClient,
  deleteCustomerData,
  deletionWarning,
  JsonFileLedger,
  verifyDeletion,
  WatsonApiError,
} from '../../client/src/instance';
import { makeLogs } from './emulator/fixtures';
import { WatsonEmulator } from './emulator/server';
import { API_KEY, FAST_RETRY, instanceFor } from './helpers';

let emu: WatsonEmulator;
let dir: string;
before(async () => {
  emu = await WatsonEmulator.start();
});
after(() => emu.close());
beforeEach(async () => {
  emu.clearFaults();
  emu.requests.length = 0;
  emu.discoveryDeletes.length = 0;
  emu.deferDeletes = false;
  emu.logs = [...makeLogs('cust-a', 4), ...makeLogs('cust-b', 2)];
  dir = await mkdtemp(join(tmpdir(), 'pii-ledger-'));
});

const withDiscovery = () => ({ discovery: { url: emu.discoveryUrl, authType: 'iam' as const, authUrl: emu.url } });
const client = (extra = {}) =>
  new AssistantInstanceClient(instanceFor(emu, extra), { apikey: API_KEY }, { retry: FAST_RETRY, discoveryCredentials: { apikey: API_KEY } });

test('delete sends DELETE /v2/user_data for the id and removes only that customer', async () => {
  const r = await client().deleteUserData('cust-a', { typedCustomerId: 'cust-a' });
  assert.equal(r.status, 202);
  const [del] = emu.apiRequests('DELETE');
  assert.match(del.path, /\/instances\/inst-0001\/v2\/user_data$/);
  assert.equal(del.query.customer_id, 'cust-a');
  assert.equal(del.query.version, '2021-11-27');
  assert.deepEqual([...new Set(emu.logs.map((l) => l.customer_id))], ['cust-b']);
});

test('no DELETE without a matching typed confirmation or with an invalid id', async () => {
  const attempts: [string, { typedCustomerId: string } | undefined][] = [
    ['cust-a', { typedCustomerId: 'cust-b' }],
    ['cust-a', { typedCustomerId: '' }],
    ['cust-a', undefined],
    ['', { typedCustomerId: '' }],
    ['a;b', { typedCustomerId: 'a;b' }],
    ['a=b', { typedCustomerId: 'a=b' }],
  ];
  for (const [id, confirmation] of attempts) {
    await assert.rejects(client().deleteUserData(id, confirmation as never), /confirm|customer id/);
  }
  await assert.rejects(deleteCustomerData(client(), new JsonFileLedger(dir), 'cust-a', { typedCustomerId: 'CUST-A' }), /not confirmed/);
  assert.equal(emu.requests.length, 0, 'nothing was sent, not even a token request');
  assert.equal(emu.logs.length, 6);
});

test('v1 delete when only a workspace is configured', async () => {
  await client({ assistantId: undefined, workspaceId: 'ws-0001' }).deleteUserData('cust-b', { typedCustomerId: 'cust-b' });
  assert.match(emu.apiRequests('DELETE')[0].path, /\/v1\/user_data$/);
});

test('delete errors are mapped (403 needs the Manager role)', async () => {
  emu.fail({ status: 403, method: 'DELETE' });
  await assert.rejects(client().deleteUserData('cust-a', { typedCustomerId: 'cust-a' }), (e: WatsonApiError) => e.kind === 'forbidden' && /Manager/.test(e.message));
  assert.equal(emu.logs.length, 6);
});

test('the linked Discovery instance gets its own DELETE, and both land in the ledger', async () => {
  const ledger = new JsonFileLedger(dir);
  const out = await deleteCustomerData(client(withDiscovery()), ledger, 'cust-a', { typedCustomerId: 'cust-a' }, { discovery: true });
  assert.equal(out.discoveryError, undefined);
  assert.deepEqual(emu.discoveryDeletes, ['cust-a']);
  const disc = emu.apiRequests('DELETE').find((r) => r.path.startsWith('/discovery/'));
  assert.equal(disc?.query.version, '2023-03-31');
  assert.deepEqual((await ledger.list()).map((e) => [e.target, e.status]), [['assistant', 'requested'], ['discovery', 'requested']]);
});

test('a Discovery failure is reported without undoing the Assistant record', async () => {
  emu.fail({ status: 500, times: 10, pathIncludes: '/discovery/' });
  const ledger = new JsonFileLedger(dir);
  const out = await deleteCustomerData(client(withDiscovery()), ledger, 'cust-a', { typedCustomerId: 'cust-a' }, { discovery: true });
  assert.match(out.discoveryError?.message ?? '', /Discovery.*500/);
  assert.equal((await ledger.list()).length, 1);
});

test('the ledger stores a salted hash, the raw id only on opt-in', async () => {
  const ledger = new JsonFileLedger(dir);
  await deleteCustomerData(client(), ledger, 'cust-a', { typedCustomerId: 'cust-a' });
  let text = await readFile(ledger.file, 'utf8');
  assert.doesNotMatch(text, /cust-a/);
  const [entry] = await ledger.list();
  assert.match(entry.idHash, /^[0-9a-f]{64}$/);
  assert.equal(entry.instance, 'test');
  assert.ok(await ledger.matches(entry, 'cust-a'));
  assert.ok(!(await ledger.matches(entry, 'cust-b')));
  // A fresh ledger gets a fresh salt: the same id hashes differently.
  const other = new JsonFileLedger(await mkdtemp(join(tmpdir(), 'pii-ledger-')));
  await other.record({ instance: 'x', target: 'assistant', customerId: 'cust-a' });
  assert.notEqual((await other.list())[0].idHash, entry.idHash);
  await deleteCustomerData(client(), ledger, 'cust-b', { typedCustomerId: 'cust-b' }, { storeRawId: true });
  text = await readFile(ledger.file, 'utf8');
  assert.match(text, /"customerId": "cust-b"/);
  await rm(dir, { recursive: true, force: true });
});

test('verify marks verified when no logs remain, still-present while the batch is pending', async () => {
  const ledger = new JsonFileLedger(dir);
  emu.deferDeletes = true;
  const { entries } = await deleteCustomerData(client(), ledger, 'cust-a', { typedCustomerId: 'cust-a' });
  let v = await verifyDeletion(client(), ledger, entries[0], 'cust-a');
  assert.equal(v.entry.status, 'still-present');
  assert.equal(v.remaining, 4);
  assert.equal(v.withinWindow, true);
  emu.processDeletes();
  v = await verifyDeletion(client(), ledger, entries[0], 'cust-a');
  assert.equal(v.entry.status, 'verified');
  assert.equal(v.remaining, 0);
  assert.equal((await ledger.list())[0].status, 'verified');
  await assert.rejects(verifyDeletion(client(), ledger, entries[0], 'cust-b'), /does not match/);
});

test('the warning says exactly what a deletion does', () => {
  const w = deletionWarning('cust-a', 'prod', true);
  for (const phrase of [/every message labelled with customer id "cust-a" received before now/, /whole instance "prod"/, /all its skills/, /\/message API/, /up to 24 hours/, /cannot be undone/, /Discovery/]) {
    assert.match(w, phrase);
  }
});
