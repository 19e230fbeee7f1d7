import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadConfig, loadConfigForFile } from '../../../server/src/config';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'piilint-config-'));
  mkdirSync(join(root, 'skill', 'intents'), { recursive: true });
  writeFileSync(join(root, 'base.json'), JSON.stringify({ rules: { email: 'error', 'phone-number': 'off' }, allow: ['help@acme.com'], testValues: 'hint' }));
  writeFileSync(
    join(root, 'skill', '.piilintrc.json'),
    '// team settings\n{ "extends": "../base.json", "rules": { "email": "warning" }, "allow": [{ "regex": "EMP-\\\\d+" }], }\n',
  );
  return root;
}

test('findConfigFile returns the nearest .piilintrc.json upward', () => {
  const root = tree();
  assert.equal(findConfigFile(join(root, 'skill', 'intents')), join(root, 'skill', '.piilintrc.json'));
  assert.equal(findConfigFile(root), undefined);
});

test('loadConfig merges extends underneath (JSONC accepted)', () => {
  const root = tree();
  const r = loadConfig(join(root, 'skill', '.piilintrc.json'));
  assert.deepEqual(r.errors, []);
  assert.equal(r.config.rules.email.severity, 'warning');
  assert.equal(r.config.rules['phone-number'].severity, 'off');
  assert.deepEqual(r.config.allow.literals, ['help@acme.com']);
  assert.deepEqual(r.config.allow.regexes, ['EMP-\\d+']);
  assert.equal(r.config.detectorOptions.testValues, 'hint');
});

test('loadConfigForFile finds the config of a file, or the defaults', () => {
  const root = tree();
  const r = loadConfigForFile(join(root, 'skill', 'intents', 'intents.csv'));
  assert.equal(r.config.rules.email.severity, 'warning');
  const none = loadConfigForFile(join(root, 'other.csv'));
  assert.deepEqual(none.errors, []);
  assert.deepEqual(none.config.rules, {});
});

test('broken, cyclic and invalid configs give errors, not exceptions', () => {
  const root = mkdtempSync(join(tmpdir(), 'piilint-bad-'));
  writeFileSync(join(root, 'a.json'), '{ "extends": "b.json" }');
  writeFileSync(join(root, 'b.json'), '{ "extends": "a.json" }');
  writeFileSync(join(root, 'broken.json'), '{ "rules": { ');
  writeFileSync(join(root, 'invalid.json'), '{ "minConfidence": 7 }');
  assert.ok(loadConfig(join(root, 'a.json')).errors.some((e) => e.includes('cycle')));
  assert.ok(loadConfig(join(root, 'broken.json')).errors.length > 0);
  assert.ok(loadConfig(join(root, 'invalid.json')).errors.some((e) => e.includes('minConfidence')));
  assert.ok(loadConfig(join(root, 'missing.json')).errors.some((e) => e.includes('cannot read')));
});
