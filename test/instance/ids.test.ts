import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildCustomerId,
  customerIdFilter,
  intercomCustomerId,
  quoteFilterValue,
  slackCustomerId,
  validateCustomerId,
  webChatCustomerId,
} from '../../client/src/instance';
import { parseFilter } from './emulator/filter';

test('customer ids are trimmed and accepted when clean', () => {
  assert.deepEqual(validateCustomerId('  abc-123  '), { ok: true, id: 'abc-123' });
  assert.deepEqual(validateCustomerId('user@example.test'), { ok: true, id: 'user@example.test' });
});

test('customer ids are rejected with a clear message', () => {
  const cases: [unknown, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    [undefined, /required/],
    ['a;b', /";" or "="/],
    ['a=b', /";" or "="/],
    ['a\tb', /control characters/],
    ['a\nb', /control characters/],
    ['x'.repeat(257), /257 characters long; the limit is 256/],
  ];
  for (const [input, message] of cases) {
    const r = validateCustomerId(input);
    assert.equal(r.ok, false, `accepted ${JSON.stringify(input)}`);
    if (!r.ok) assert.match(r.message, message);
  }
  assert.equal(validateCustomerId('x'.repeat(256)).ok, true);
});

test('Slack ids concatenate team and member ids after checking their shapes', () => {
  assert.deepEqual(slackCustomerId('T09LVDR7Y', 'W4F8K9JNF'), { ok: true, id: 'slack_T09LVDR7YW4F8K9JNF' });
  assert.deepEqual(slackCustomerId(' T09LVDR7Y ', 'U012ABCDEF'), { ok: true, id: 'slack_T09LVDR7YU012ABCDEF' });
  const swapped = slackCustomerId('W4F8K9JNF', 'T09LVDR7Y');
  assert.equal(swapped.ok, false);
  if (!swapped.ok) assert.match(swapped.message, /Slack team id/);
  const lower = slackCustomerId('T09LVDR7Y', 'w4f8k9jnf');
  assert.equal(lower.ok, false);
  if (!lower.ok) assert.match(lower.message, /Slack member id/);
  assert.equal(slackCustomerId('T123', 'W4F8K9JNF').ok, false);
});

test('Intercom and web chat ids', () => {
  assert.deepEqual(intercomCustomerId('5c499e5535ddf5c7fa2d72b3'), { ok: true, id: 'intercom_5c499e5535ddf5c7fa2d72b3' });
  assert.equal(intercomCustomerId('intercom_5c49').ok, false);
  assert.equal(intercomCustomerId('').ok, false);
  assert.deepEqual(webChatCustomerId('visitor-42'), { ok: true, id: 'visitor-42' });
  assert.equal(webChatCustomerId('a=b').ok, false);
  assert.deepEqual(buildCustomerId('slack', { teamId: 'T09LVDR7Y', memberId: 'W4F8K9JNF' }), { ok: true, id: 'slack_T09LVDR7YW4F8K9JNF' });
});

test('filter values are quoted only when they need it, and parse back to the same id', () => {
  assert.equal(customerIdFilter('abc'), 'customer_id::abc');
  assert.equal(quoteFilterValue('a b'), '"a b"');
  assert.equal(quoteFilterValue('say "hi"\\'), '"say \\"hi\\"\\\\"');
  for (const id of ['abc', 'slack_T09LVDR7YW4F8K9JNF', 'a b', 'x,y|z', 'p(q)', 'say "hi"', 'back\\slash', 'a:b', 'star*', 'ümlaut ü']) {
    const parsed = parseFilter(customerIdFilter(id));
    assert.deepEqual(parsed.terms, [{ field: 'customer_id', op: '::', value: id }], id);
  }
});
