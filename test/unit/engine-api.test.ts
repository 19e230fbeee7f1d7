import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine';

test('engine never throws on empty input', () => {
  const r = lintText('');
  assert.ok(Array.isArray(r.findings));
});
