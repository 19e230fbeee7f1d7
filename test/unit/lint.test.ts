import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskPreviewUnicode } from '../../server/src/engine/findings/mask';
import { createLinter, lintText, resolveConfig, hashValue, maskPreview, type ExtractedText, type ParsedDocument } from '../../server/src/engine';

function text(t: string, extra: Partial<ExtractedText> = {}): ExtractedText {
  return { text: t, role: 'intent-example', path: 'intent #update_contact, example 1', pointer: [], rawStart: 10, rawEnd: 10 + t.length, encoding: 'json-string', segments: [{ d: 0, r: 10 }], owner: 'update_contact', ...extra };
}

test('a finding names the entity and where it is, with raw range, masked preview and fix data', () => {
  const linter = createLinter();
  const raw = ' '.repeat(10) + 'my email is dana.lee@gmail.com';
  const [f] = linter.findingsForText(raw, text('my email is dana.lee@gmail.com'));
  assert.equal(f.ruleId, 'email');
  assert.equal(f.message, 'Email address in an example of intent #update_contact');
  assert.equal(raw.slice(f.offset, f.offset + f.length), 'dana.lee@gmail.com');
  assert.equal(f.masked, 'd*******@g****.com');
  assert.ok(!f.masked.includes('dana'));
  assert.equal(f.fix.valueHash, hashValue('dana.lee@gmail.com'));
  assert.ok(f.fix.placeholder.length > 0);
  assert.equal(f.severity, 'warning');
});

test('offsets map through escape segments', () => {
  // raw JSON "a\"b dana@gmail.com": the escaped quote makes raw one char longer than decoded
  const decoded = 'a"b dana@gmail.com';
  const raw = '{"x":"a\\"b dana@gmail.com"}';
  const t = text(decoded, { rawStart: 6, rawEnd: 6 + 19, segments: [{ d: 0, r: 6 }, { d: 1, r: 7 }, { d: 2, r: 9 }] });
  const [f] = createLinter().findingsForText(raw, t);
  assert.equal(raw.slice(f.offset, f.offset + f.length), 'dana@gmail.com');
});

test('rule severity, off and minConfidence come from the config', () => {
  const t = text('email dana.lee@gmail.com or call (415) 867-2290');
  const strict = createLinter(resolveConfig({ rules: { email: 'error', 'phone-number': 'off' } })).findingsForText('', t);
  assert.deepEqual(strict.map((f) => [f.ruleId, f.severity]), [['email', 'error']]);
  const picky = createLinter(resolveConfig({ minConfidence: 0.99 })).findingsForText('', t);
  assert.equal(picky.length, 0);
});

test('allowlist by literal, hash and regex', () => {
  const t = text('write to help@acme.com or ops@acme.com or dana@gmail.com');
  const linter = createLinter(resolveConfig({ allow: ['HELP@acme.com', { hash: hashValue('ops@acme.com') }, { regex: '.*@gmail\\.com' }] }));
  assert.deepEqual(linter.findingsForText('', t), []);
});

test('test values are info "looks like a test value", or hidden', () => {
  const t = text('card 4111 1111 1111 1111, mail test@example.com, call 555-0142');
  const findings = createLinter().findingsForText('', t);
  assert.ok(findings.length >= 2);
  for (const f of findings) {
    assert.equal(f.severity, 'info', f.ruleId);
    assert.equal(f.testValue, true);
    assert.match(f.message, /looks like a test value/);
  }
  assert.deepEqual(createLinter(resolveConfig({ testValues: 'off' })).findingsForText('', t), []);
});

test('a pattern is a regex: only literal PII inside it counts', () => {
  const linter = createLinter();
  assert.deepEqual(linter.findingsForText('', text('\\d{3}-\\d{2}-\\d{4}', { role: 'pattern' })), []);
  const [f] = linter.findingsForText('', text('john\\.smith@gmail\\.com', { role: 'pattern' }));
  assert.equal(f.ruleId, 'email');
  assert.equal(f.offset, 10);
  assert.equal(f.length, 'john\\.smith@gmail\\.com'.length);
});

test('custom detectors run on re2js with context words and validators', () => {
  const config = resolveConfig({ customDetectors: [{ id: 'employee-id', pattern: 'EMP-\\d{6}\\b', contextWords: ['employee'], severity: 'error' }, { id: 'loyalty-card', pattern: '\\b\\d{8}\\b', validator: 'luhn' }] });
  const linter = createLinter(config);
  const f = linter.findingsForText('', text('my employee number is EMP-123456, not EMP-654321x'));
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [['employee-id', 'error']]);
  assert.deepEqual(linter.findingsForText('', text('EMP-123456')), []);
  const luhn = linter.findingsForText('', text('cards 12345674 and 12345678'));
  assert.deepEqual(luhn.filter((x) => x.ruleId === 'loyalty-card').length, 1);
});

test('structural issues become findings with their edits; parse problems stay problems', () => {
  const doc: ParsedDocument = {
    kind: 'actions',
    texts: [text('reach me at dana@gmail.com', { rawStart: 40, rawEnd: 66, segments: [{ d: 0, r: 40 }] })],
    problems: [{ message: 'trailing comma', offset: 1, length: 1, severity: 'warning' }],
    structural: [{ ruleId: 'unprotected-variable', entity: 'UNPROTECTED_VARIABLE', category: 'pii', severity: 'warning', confidence: 0.9, offset: 5, length: 4, fieldPath: 'variables/email', message: 'Variable email collects an email address but is not private', fix: [{ offset: 5, length: 4, newText: 'true' }] }],
    counts: {},
  };
  const r = createLinter().lintDocument(' '.repeat(80), doc, { path: 'a.json' });
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['unprotected-variable', 'email']);
  assert.deepEqual(r.findings[0].fix.edits, [{ offset: 5, length: 4, newText: 'true' }]);
  assert.equal(r.problems.length, 1);
  const off = createLinter(resolveConfig({ rules: { 'unprotected-variable': 'off' } })).lintDocument('', doc);
  assert.deepEqual(off.findings.map((f) => f.ruleId), ['email']);
});

test('re-linting reuses cached detections (same result, same objects)', () => {
  const linter = createLinter();
  const a = linter.detect('call (415) 867-2290', 'utterance');
  const b = linter.detect('call (415) 867-2290', 'utterance');
  assert.equal(a, b);
  assert.notEqual(linter.detect('call (415) 867-2290', 'pattern'), a);
});

test('lintText parses and lints a whole document, findings sorted by offset', () => {
  const r = lintText('call me at (415) 867-2290,update_contact\nmy email is dana.lee@gmail.com,update_contact\n', { path: 'intents.csv' });
  const offsets = r.findings.map((f) => f.offset);
  assert.deepEqual(offsets, [...offsets].sort((x, y) => x - y));
  assert.ok(r.findings.some((f) => f.ruleId === 'email'));
});

test('masked previews never contain the value', () => {
  assert.equal(maskPreview('dana.lee@gmail.com', 'EMAIL_ADDRESS'), 'd*******@g****.com');
  assert.equal(maskPreview('123-45-6789', 'US_SSN'), '***-**-6789');
  assert.equal(maskPreview('Loreen Fairbanks', 'PERSON'), 'L***** F********');
  assert.equal(maskPreview('hunter2', 'PASSWORD'), '*******');
});

test('address previews hide house numbers and postcodes entirely', () => {
  assert.equal(maskPreview('12 Maple Grove, Apt 4B, SW1A 1AA', 'STREET_ADDRESS'), '** M**** G****, A** **, **** ***');
});

test('maskPreview: the printable-ASCII fast paths give the general answer for every entity shape', () => {
  const ascii = fc.string({ unit: fc.constantFrom(..." -.()/+#@_,:'abcXYZ0123456789".split('')), maxLength: 30 });
  const entity = fc.constantFrom('PERSON', 'STREET_ADDRESS', 'US_SSN', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'DATE_OF_BIRTH', 'EMAIL_ADDRESS', 'PASSWORD');
  fc.assert(fc.property(ascii, entity, (v, e) => maskPreview(v, e) === maskPreviewUnicode(v, e)), { numRuns: 8000 });
});
