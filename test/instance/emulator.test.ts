// The emulator itself must follow the documented contract, or tests against it prove nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeLogs } from './emulator/fixtures';
import { WatsonEmulator } from './emulator/server';
import { API_KEY, CP4D_PASSWORD } from './helpers';

let emu: WatsonEmulator;
before(async () => {
  emu = await WatsonEmulator.start({ tokenTtlSeconds: 2 });
  emu.logs = makeLogs('c1', 3);
});
after(() => emu.close());

const form = (body: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
});

async function iamToken(): Promise<string> {
  const r = await fetch(`${emu.url}/identity/token`, form({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey: API_KEY, response_type: 'cloud_iam' }));
  return ((await r.json()) as { access_token: string }).access_token;
}

test('IAM issues a signed JWT with iat/exp and rejects unknown keys IAM-style', async () => {
  const ok = await fetch(`${emu.url}/identity/token`, form({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey: API_KEY }));
  assert.equal(ok.status, 200);
  const body = (await ok.json()) as Record<string, unknown>;
  assert.equal(body.token_type, 'Bearer');
  assert.equal(body.expires_in, 2);
  const [, payload] = String(body.access_token).split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  assert.equal(claims.exp - claims.iat, 2);
  assert.equal(body.expiration, claims.exp);
  const bad = await fetch(`${emu.url}/identity/token`, form({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey: 'nope' }));
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { errorCode: string }).errorCode, 'BXNIM0415E');
  const grant = await fetch(`${emu.url}/identity/token`, form({ grant_type: 'password', apikey: API_KEY }));
  assert.equal(grant.status, 400);
});

test('CP4D authorize on both paths, with password or api_key', async () => {
  for (const path of ['/v1/authorize', '/icp4d-api/v1/authorize']) {
    for (const creds of [{ username: 'admin', password: CP4D_PASSWORD }, { username: 'admin', api_key: 'cp4d-api-key-xyz' }]) {
      const r = await fetch(emu.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });
      assert.equal(r.status, 200);
      assert.match(((await r.json()) as { token: string }).token, /^ey/);
    }
    const r = await fetch(emu.url + path, { method: 'POST', body: JSON.stringify({ username: 'admin', password: 'x' }) });
    assert.equal(r.status, 401);
  }
});

test('logs need auth and version; expired tokens are refused; bad filters give a Watson error body', async () => {
  const logs = `${emu.assistantUrl}/v2/assistants/env-draft-0001/logs`;
  assert.equal((await fetch(`${logs}?version=2021-11-27`)).status, 401);
  const token = await iamToken();
  const auth = { headers: { authorization: `Bearer ${token}` } };
  const noVersion = await fetch(logs, auth);
  assert.equal(noVersion.status, 400);
  assert.deepEqual(Object.keys((await noVersion.json()) as object).sort(), ['code', 'error']);
  const ok = await fetch(`${logs}?version=2021-11-27&filter=${encodeURIComponent('customer_id::c1')}&page_limit=2`, auth);
  const page = (await ok.json()) as { logs: unknown[]; pagination: { next_cursor?: string; next_url?: string } };
  assert.equal(page.logs.length, 2);
  assert.ok(page.pagination.next_cursor && page.pagination.next_url?.startsWith('/v2/assistants/env-draft-0001/logs?cursor='));
  const badFilter = await fetch(`${logs}?version=2021-11-27&filter=${encodeURIComponent('customer_id::a b')}`, auth);
  assert.equal(badFilter.status, 400);
  assert.match(((await badFilter.json()) as { error: string }).error, /Invalid filter/);
  const basic = await fetch(`${logs}?version=2021-11-27`, { headers: { authorization: `Basic ${Buffer.from(`apikey:${API_KEY}`).toString('base64')}` } });
  assert.equal(basic.status, 200);
  await new Promise((ok2) => setTimeout(ok2, 3100));
  assert.equal((await fetch(`${logs}?version=2021-11-27`, auth)).status, 401, 'expired token refused');
});
