import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInstanceConfig, hipaaWarning, sanitizeInstanceConfig, regionOfUrl, regionServiceUrl, validateServiceUrl, type InstanceConfig } from '../../client/src/instance';

test('region URLs, public and private', () => {
  assert.equal(regionServiceUrl('eu-de', 'abc-123'), 'https://api.eu-de.assistant.watson.cloud.ibm.com/instances/abc-123');
  assert.equal(regionServiceUrl('us-south', 'abc', 'private'), 'https://api.private.us-south.assistant.watson.cloud.ibm.com/instances/abc');
  assert.throws(() => regionServiceUrl('kr-seo', 'abc', 'private'), /no private endpoint/);
  assert.throws(() => regionServiceUrl('eu-de', 'a/b'), /instance id/);
  assert.equal(regionOfUrl('https://api.private.jp-tok.assistant.watson.cloud.ibm.com/instances/x'), 'jp-tok');
  assert.equal(regionOfUrl('https://cp4d.example.test/assistant/api'), undefined);
});

test('http is refused except on loopback; credentials in URLs are refused', () => {
  assert.equal(validateServiceUrl('http://api.us-south.assistant.watson.cloud.ibm.com/instances/x').ok, false);
  assert.deepEqual(validateServiceUrl('http://127.0.0.1:8080/instances/x/'), { ok: true, url: 'http://127.0.0.1:8080/instances/x' });
  assert.equal(validateServiceUrl('http://localhost:1/x').ok, true);
  assert.equal(validateServiceUrl('https://user:pw@host/x').ok, false);
  assert.equal(validateServiceUrl('ftp://host/x').ok, false);
  assert.equal(validateServiceUrl('not a url').ok, false);
  const r = validateServiceUrl('http://10.0.0.5/x');
  assert.ok(!r.ok && /unencrypted/.test(r.message));
});

test('HIPAA warning outside us-south and us-east', () => {
  assert.equal(hipaaWarning('https://api.us-south.assistant.watson.cloud.ibm.com/instances/x'), undefined);
  assert.equal(hipaaWarning('https://api.private.us-east.assistant.watson.cloud.ibm.com/instances/x'), undefined);
  assert.match(hipaaWarning('https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/x') ?? '', /eu-gb/);
  const cfg: InstanceConfig = { name: 'prod', url: 'https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/x', assistantId: 'a1', authType: 'iam' };
  assert.equal(checkInstanceConfig(cfg, { hipaa: true }).warnings.length, 1);
  assert.equal(checkInstanceConfig(cfg, { hipaa: false }).warnings.length, 0);
});

test('configuration errors are reported together', () => {
  const r = checkInstanceConfig({ name: '', url: 'http://example.test', authType: 'cp4d', apiVersion: '2021' } as InstanceConfig);
  assert.equal(r.errors.length, 6, r.errors.join('\n'));
  assert.ok(r.errors.some((e) => /assistant id/.test(e)));
  assert.ok(r.errors.some((e) => /user name/.test(e)));
});

test('sanitizing keeps only known non-secret fields', () => {
  const dirty = { name: ' prod ', url: 'https://x.test/i', authType: 'iam', apikey: 'SECRET', assistantId: '', discovery: { url: 'https://d.test', authType: 'iam', password: 'SECRET' } };
  const clean = sanitizeInstanceConfig(dirty as unknown as InstanceConfig);
  assert.deepEqual(clean, { name: 'prod', url: 'https://x.test/i', authType: 'iam', discovery: { url: 'https://d.test', authType: 'iam' } });
});
