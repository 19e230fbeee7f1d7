// Findings compute message, preview, hash and fix values on first read: they must read exactly what an eager
// build gave (fields, JSON and its key order), stay fixed when the text moves, and take assigned values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, findingMessage, hashValue, maskPreview, parseDocument, resolveConfig } from '../../server/src/engine';
import { escapeFor, maskValue, placeholderFor } from '../../server/src/engine/fix';
import { ShiftTarget, shiftText } from '../../server/src/engine/formats/lazyText';

const LOG = 'nothing here\nmy email is dana.lee@gmail.com and my name is Loreen Fairbanks\ncall (415) 867-2290 please\n';

test('lazy finding fields equal what an eager build computes, and JSON keeps the old key order', () => {
  const salt = 'team-salt';
  const linter = createLinter(resolveConfig({ salt }));
  const doc = parseDocument(LOG, { kind: 'utterances' });
  const findings = linter.lintDocument(LOG, doc).findings;
  assert.ok(findings.length >= 3, findings.map((f) => f.ruleId).join());
  for (const f of findings) {
    const value = LOG.slice(f.offset, f.offset + f.length);
    assert.equal(f.message, findingMessage(f.entity, f.role, undefined, f.fieldPath, f.testValue));
    assert.equal(f.masked, maskPreview(value, f.entity));
    assert.equal(f.fix.valueHash, hashValue(value, salt));
    assert.equal(f.fix.placeholder, escapeFor('plain', placeholderFor(f.entity)));
    assert.equal(f.fix.mask, escapeFor('plain', maskValue(value)));
    assert.equal(typeof f.fix.synthetic, 'string');
    assert.notEqual(f.fix.synthetic, value);
    const json = JSON.parse(JSON.stringify(f));
    const expectedKeys = ['ruleId', 'entity', 'category', 'severity', 'confidence', 'offset', 'length', 'fieldPath', 'role', 'message', 'masked'];
    if (f.reason !== undefined) expectedKeys.push('reason');
    if (f.testValue) expectedKeys.push('testValue');
    expectedKeys.push('fix');
    assert.deepEqual(Object.keys(json), expectedKeys);
    assert.deepEqual(Object.keys(json.fix), ['synthetic', 'placeholder', 'mask', 'valueHash']);
    assert.equal(json.message, f.message);
    assert.equal(json.fix.valueHash, f.fix.valueHash);
  }
});

test('without a synthesizer a finding has no synthetic value (JSON omits it)', () => {
  const [f] = createLinter(undefined, { synthesizer: null }).lint(LOG, { kind: 'utterances' }).findings;
  assert.equal(f.fix.synthetic, undefined);
  assert.equal('synthetic' in JSON.parse(JSON.stringify(f)).fix, false);
});

test('a finding read after its text moved into an edited document still describes where it was found', () => {
  const doc = parseDocument(LOG, { kind: 'utterances' });
  const [f] = createLinter().lintDocument(LOG, doc).findings;
  const edited = 'a new first line\n' + LOG;
  for (const t of doc.texts) shiftText(t, 17, new ShiftTarget(edited));
  assert.equal(f.fieldPath, 'line 2');
  assert.match(f.message, /utterance/);
  assert.equal(f.fix.valueHash, hashValue(LOG.slice(f.offset, f.offset + f.length)));
});

test('assigned finding and fix fields replace the computed ones', () => {
  const [f] = createLinter().lint(LOG, { kind: 'utterances' }).findings;
  f.message = 'custom';
  f.masked = 'x***';
  f.fix.valueHash = 'h';
  f.fix.synthetic = undefined;
  assert.equal(f.message, 'custom');
  assert.equal(f.masked, 'x***');
  assert.equal(f.fix.valueHash, 'h');
  assert.equal(f.fix.synthetic, undefined);
  const fix = { placeholder: 'P', mask: 'M', valueHash: 'V', edits: [] };
  f.fix = fix;
  assert.equal(f.fix, fix);
  assert.equal(JSON.parse(JSON.stringify(f)).fix.placeholder, 'P');
});
