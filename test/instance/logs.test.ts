import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayRows, formatRows, maskText, toLogRow } from '../../client/src/instance';
import { makeLog } from './emulator/fixtures';

test('v2 log entries flatten to time, session, user text, assistant text', () => {
  const row = toLogRow(makeLog({ customerId: 'c1', text: 'hello there', reply: 'Hi!', sessionId: 's-9', at: new Date('2024-02-03T04:05:06Z') }));
  assert.deepEqual(
    { time: row.time, session: row.session, user: row.userText, bot: row.assistantText, id: row.customerId },
    { time: '2024-02-03T04:05:06.000Z', session: 's-9', user: 'hello there', bot: 'Hi!', id: 'c1' },
  );
});

test('v1 log entries use the conversation id and legacy output.text', () => {
  const row = toLogRow({
    log_id: 'l1',
    request_timestamp: '2020-01-01T00:00:00Z',
    request: { input: { text: 'reset my password' }, context: { conversation_id: 'conv-1' } },
    response: { output: { text: ['Sure.', 'What is your user name?'] } },
  });
  assert.equal(row.session, 'conv-1');
  assert.equal(row.assistantText, 'Sure. / What is your user name?');
});

test('odd entries do not crash', () => {
  for (const odd of [null, 42, 'x', {}, { request: 'nope', response: { output: { generic: [null, { values: [{ text: 'a' }] }] } } }]) {
    const row = toLogRow(odd);
    assert.equal(typeof row.userText, 'string');
  }
  assert.equal(toLogRow({ response: { output: { generic: [{ values: [{ text: 'a' }, { text: 'b' }] }] } } }).assistantText, 'a / b');
});

test('user text is masked unless revealed; the shape stays', () => {
  assert.equal(maskText('My name is Zed.'), '•• •••• •• ••••');
  const logs = [makeLog({ text: 'call me at 555 0100' })];
  assert.equal(displayRows(logs, false)[0].userText, '•••• •• •• ••• ••••');
  assert.equal(displayRows(logs, true)[0].userText, 'call me at 555 0100');
  assert.doesNotMatch(formatRows(displayRows(logs, false)), /555/);
});
