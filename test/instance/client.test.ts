import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { AssistantInstanceClient, CancelledError, WatsonApiError, type QueryProgress } from '../../client/src/instance';
import { makeLog, makeLogs } from './emulator/fixtures';
import { WatsonEmulator } from './emulator/server';
import { API_KEY, AUTH_CASES, FAST_RETRY, instanceFor } from './helpers';

let emu: WatsonEmulator;
before(async () => {
  emu = await WatsonEmulator.start();
});
after(() => emu.close());
beforeEach(() => {
  emu.clearFaults();
  emu.requests.length = 0;
  emu.logs = [...makeLogs('cust-a', 5), ...makeLogs('cust-b', 2), makeLog({ text: 'no id' })];
});

const client = (extra = {}, opts = {}) => new AssistantInstanceClient(instanceFor(emu, extra), { apikey: API_KEY }, { retry: FAST_RETRY, ...opts });

for (const c of AUTH_CASES) {
  test(`query works with ${c.label}`, async () => {
    const cl = new AssistantInstanceClient(instanceFor(emu, c.config), await c.creds(emu), { retry: FAST_RETRY });
    const r = await cl.queryLogs('cust-a');
    assert.equal(r.logs.length, 5);
    const [api] = emu.apiRequests('GET');
    assert.equal(api.query.filter, 'customer_id::cust-a');
    assert.equal(api.query.sort, '-request_timestamp');
    assert.equal(api.query.version, '2021-11-27');
    assert.equal(api.status, 200);
  });
}

test('an unknown IAM key gives a clear error without the key in it', async () => {
  const cl = new AssistantInstanceClient(instanceFor(emu), { apikey: 'wrong-key-abcdef' }, { retry: FAST_RETRY });
  await assert.rejects(cl.queryLogs('cust-a'), (e: WatsonApiError) => {
    assert.equal(e.kind, 'unauthorized');
    assert.match(e.message, /IAM token service rejected the credentials/);
    assert.doesNotMatch(e.message, /wrong-key/);
    return true;
  });
  assert.equal(emu.apiRequests().length, 0, 'no API request without a token');
});

test('a wrong CP4D password is refused', async () => {
  const cl = new AssistantInstanceClient(instanceFor(emu, { authType: 'cp4d', username: 'admin' }), { password: 'nope' }, { retry: FAST_RETRY });
  await assert.rejects(cl.queryLogs('cust-a'), (e: WatsonApiError) => e.kind === 'unauthorized' && !e.message.includes('nope'));
});

test('an expired token is refreshed from IAM', async () => {
  // 2 s: iat/exp have one-second resolution, so a 1 s token could be born nearly expired on a busy machine.
  const short = await WatsonEmulator.start({ tokenTtlSeconds: 2 });
  try {
    short.logs = makeLogs('cust-a', 1);
    const cl = new AssistantInstanceClient(instanceFor(short), { apikey: API_KEY }, { retry: FAST_RETRY });
    await cl.queryLogs('cust-a');
    await new Promise((ok) => setTimeout(ok, 3100));
    await cl.queryLogs('cust-a');
    assert.ok(short.tokenRequests().length >= 2, 'a second token was requested');
    assert.deepEqual(short.apiRequests().map((r) => r.status), [200, 200]);
    const [first, second] = short.apiRequests().map((r) => r.authorization);
    assert.notEqual(first, second);
  } finally {
    await short.close();
  }
});

test('paging follows next_cursor, newest first, with progress', async () => {
  emu.logs.push(...makeLogs('cust-many', 23));
  const progress: QueryProgress[] = [];
  const r = await client().queryLogs('cust-many', { pageLimit: 10, onProgress: (p) => progress.push(p) });
  assert.equal(r.logs.length, 23);
  assert.equal(r.pages, 3);
  assert.deepEqual(progress.map((p) => p.fetched), [10, 20, 23]);
  const times = r.logs.map((l) => (l as { request_timestamp: string }).request_timestamp);
  assert.deepEqual(times, [...times].sort().reverse());
  const gets = emu.apiRequests('GET');
  assert.equal(gets[0].query.cursor, undefined);
  assert.ok(gets[1].query.cursor && gets[2].query.cursor);
  assert.equal(gets[1].query.filter, 'customer_id::cust-many');
});

test('pages that carry only next_url are followed too', async () => {
  emu.logs.push(...makeLogs('cust-url', 5));
  emu.omitNextCursor = true;
  try {
    const r = await client().queryLogs('cust-url', { pageLimit: 2 });
    assert.equal(r.logs.length, 5);
    assert.equal(r.pages, 3);
  } finally {
    emu.omitNextCursor = false;
  }
});

test('ids that need quoting reach the service as an exact match', async () => {
  emu.logs.push(...makeLogs('Jane "J" Doe, 42', 2), ...makeLogs('Jane', 3));
  const r = await client().queryLogs('Jane "J" Doe, 42');
  assert.equal(r.logs.length, 2);
  assert.equal(emu.apiRequests('GET')[0].query.filter, 'customer_id::"Jane \\"J\\" Doe, 42"');
});

test('v1 workspace logs when only a workspace id is configured', async () => {
  const r = await client({ assistantId: undefined, workspaceId: 'ws-0001' }).queryLogs('cust-b');
  assert.equal(r.api, 'v1');
  assert.equal(r.logs.length, 2);
  assert.match(emu.apiRequests('GET')[0].path, /\/v1\/workspaces\/ws-0001\/logs$/);
});

test('429 is retried after the Retry-After the service asked for', async () => {
  emu.fail({ status: 429, retryAfter: '1', times: 1 });
  const notices: QueryProgress[] = [];
  const t0 = Date.now();
  const r = await client().queryLogs('cust-a', { onProgress: (p) => notices.push(p) });
  assert.ok(Date.now() - t0 >= 950, 'waited about a second');
  assert.equal(r.logs.length, 5);
  assert.deepEqual(emu.apiRequests().map((x) => x.status), [429, 200]);
  assert.equal(notices[0].retry?.delayMs, 1000);
  assert.equal(notices[0].retry?.error.kind, 'rate-limited');
});

test('a Retry-After beyond the limit fails with the rate-limit message instead of waiting', async () => {
  emu.fail({ status: 429, retryAfter: '3600' });
  await assert.rejects(client().queryLogs('cust-a'), (e: WatsonApiError) => e.kind === 'rate-limited' && /3600 s/.test(e.message));
  assert.equal(emu.apiRequests().length, 1);
});

test('5xx is retried a limited number of times', async () => {
  emu.fail({ status: 503, times: 2 });
  assert.equal((await client().queryLogs('cust-a')).logs.length, 5);
  emu.requests.length = 0;
  emu.fail({ status: 500, times: 10 });
  await assert.rejects(client().queryLogs('cust-a'), (e: WatsonApiError) => e.kind === 'server' && e.status === 500);
  assert.equal(emu.apiRequests().length, 1 + FAST_RETRY.maxRetries);
});

test('each HTTP failure maps to a clear message', async () => {
  const cases: [number, string, RegExp][] = [
    [400, 'bad-request', /400 Bad Request.*filter/],
    [401, 'unauthorized', /401 Unauthorized.*Manager/],
    [403, 'forbidden', /403 Forbidden.*Manager service role/],
    [404, 'not-found', /404 Not Found.*service URL.*instance id/],
  ];
  for (const [status, kind, message] of cases) {
    emu.fail({ status });
    await assert.rejects(client().queryLogs('cust-a'), (e: WatsonApiError) => {
      assert.equal(e.kind, kind);
      assert.match(e.message, message);
      return true;
    });
  }
});

test('a real 404 from a wrong assistant id and a bad filter from the service', async () => {
  await assert.rejects(client({ assistantId: 'nope' }).queryLogs('x'), (e: WatsonApiError) => e.kind === 'not-found' && /assistant\/environment id nope/.test(e.message));
  await assert.rejects(client({ url: `${emu.url}/instances/other` }).queryLogs('x'), (e: WatsonApiError) => e.kind === 'not-found');
});

test('slow responses time out with a clear message', async () => {
  emu.fail({ status: 200, delayMs: 1500 });
  await assert.rejects(client({}, { timeoutMs: 300, retry: { maxRetries: 0 } }).queryLogs('cust-a'), (e: WatsonApiError) => {
    assert.equal(e.kind, 'timeout');
    assert.match(e.message, /timed out/);
    return true;
  });
});

test('cancellation stops paging and waiting', async () => {
  emu.logs.push(...makeLogs('cust-many', 30));
  const ac = new AbortController();
  await assert.rejects(
    client().queryLogs('cust-many', { pageLimit: 10, signal: ac.signal, onProgress: (p) => p.page === 1 && ac.abort() }),
    CancelledError,
  );
  assert.equal(emu.apiRequests().length, 1);
  emu.requests.length = 0;
  emu.fail({ status: 429, retryAfter: '60' });
  const ac2 = new AbortController();
  const t0 = Date.now();
  setTimeout(() => ac2.abort(), 100);
  await assert.rejects(client({}, { retry: { maxRetryAfterMs: 120_000 } }).queryLogs('cust-a', { signal: ac2.signal }), CancelledError);
  assert.ok(Date.now() - t0 < 5000, 'did not wait out the Retry-After');
});

test('invalid ids never reach the network', async () => {
  for (const bad of ['', ' ', 'a;b', 'a=b', 'x\ny']) await assert.rejects(client().queryLogs(bad), /customer id/);
  assert.equal(emu.requests.length, 0);
});

test('plain http to a non-loopback host is refused before any request', () => {
  assert.throws(() => client({ url: 'http://example.test/instances/x' }), /unencrypted/);
});
