import fc from 'fast-check';
import { normalizeUnicode } from '../../../server/src/engine/policy/hash';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, hashValue, normalizeValue, resolveConfig, compileAllowlist, DEFAULT_SALT } from '../../../server/src/engine';

test('resolveConfig with nothing gives the defaults and no errors', () => {
  const c = resolveConfig();
  assert.deepEqual(c.errors, []);
  assert.equal(c.minConfidence, DEFAULT_CONFIG.minConfidence);
  assert.equal(c.detectorOptions.testValues, 'info');
  assert.equal(c.detectorOptions.healthTermsAlone, 'off');
});

test('resolveConfig reads rules, allow, phi, testValues and custom detectors', () => {
  const c = resolveConfig({
    rules: { email: 'off', 'phone-number': { severity: 'error', minConfidence: 0.7 } },
    allow: ['support@acme.com', { hash: 'a'.repeat(64) }, { regex: '^EMP-\\d+$' }],
    phi: { healthTermsAlone: 'info' },
    testValues: 'off',
    customDetectors: [{ id: 'employee-id', pattern: 'EMP-\\d{6}', contextWords: ['employee'] }],
  });
  assert.deepEqual(c.errors, []);
  assert.equal(c.rules.email.severity, 'off');
  assert.equal(c.rules['phone-number'].minConfidence, 0.7);
  assert.deepEqual(c.allow.literals, ['support@acme.com']);
  assert.equal(c.allow.hashes.length, 1);
  assert.deepEqual(c.allow.regexes, ['^EMP-\\d+$']);
  assert.equal(c.detectorOptions.healthTermsAlone, 'info');
  assert.equal(c.detectorOptions.testValues, 'off');
  assert.equal(c.customDetectors[0].entity, 'CUSTOM');
});

test('resolveConfig reports bad values and keeps going', () => {
  const c = resolveConfig({
    rules: { email: 'loud' as never },
    minConfidence: 3,
    allow: [{ regex: '(a' }, { hash: 'xyz' }],
    customDetectors: [{ id: 'Bad Id', pattern: '(?<=x)y' }],
    kinds: { spreadsheet: ['*.xls'] } as never,
    bogus: 1,
  } as never);
  assert.ok(c.errors.length >= 6, c.errors.join('\n'));
  assert.equal(c.minConfidence, DEFAULT_CONFIG.minConfidence);
  assert.equal(c.customDetectors.length, 0);
  assert.ok(c.errors.some((e) => e.includes('unknown setting "bogus"')));
});

test('hashValue normalises case, whitespace and separators of digit-heavy values', () => {
  assert.equal(normalizeValue('  John   SMITH '), 'john smith');
  assert.equal(hashValue('123-45-6789'), hashValue('123 45 6789'));
  assert.equal(hashValue('Dana@Example.com '), hashValue('dana@example.com'));
  assert.notEqual(hashValue('dana@example.com'), hashValue('dana@example.com', 'team-salt'));
  assert.match(hashValue('x'), /^[0-9a-f]{64}$/);
  assert.equal(hashValue('x'), hashValue('x', DEFAULT_SALT));
});

test('allowlist matches literals, hashes and whole-value regexes', () => {
  const c = resolveConfig({ allow: ['Support@Acme.com', { hash: hashValue('555 123 4567') }, { regex: 'EMP-\\d+' }] });
  const a = compileAllowlist(c);
  assert.ok(a.isAllowed('support@acme.com'));
  assert.ok(a.isAllowed('555-123-4567'));
  assert.ok(a.isAllowed('emp-42'));
  assert.ok(!a.isAllowed('xEMP-42'));
  assert.ok(!a.isAllowed('other@acme.com'));
});

test('a catastrophic-looking allow regex runs in linear time', () => {
  const c = resolveConfig({ allow: [{ regex: '(a+)+$' }] });
  const a = compileAllowlist(c);
  // a backtracking engine would not return from this; re2js does
  assert.equal(a.isAllowed('a'.repeat(5000) + '!'), false);
});

test('normalizeValue: the printable-ASCII fast path gives the general answer', () => {
  const ascii = fc.string({ unit: fc.constantFrom(...' -.()/+#@_,:abcXYZ0123456789'.split('')), maxLength: 24 });
  fc.assert(fc.property(ascii, (v) => normalizeValue(v) === normalizeUnicode(v)), { numRuns: 5000 });
  for (const v of ['123-45-6789', ' (415) 867-2290 ', 'John  SMITH', 'AB12 CDE', '4916 8616 9520 8074', 'a1b2c3d4', '12/05/1980']) {
    assert.equal(normalizeValue(v), normalizeUnicode(v), v);
  }
});
