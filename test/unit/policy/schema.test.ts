import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { renderRulesMarkdown, renderSchema, RULES_DOC_PATH, SCHEMA_PATH } from '../../../scripts/rules-doc';
import { listRules } from '../../../server/src/engine';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the schema accepts the documented examples', () => {
  const good = [
    {},
    { $schema: './schemas/piilintrc.schema.json', extends: '../base.json' },
    {
      rules: { email: 'off', 'phone-number': { severity: 'error', minConfidence: 0.8 }, 'employee-id': 'warning' },
      minConfidence: 0.6,
      allow: ['help@acme.com', { hash: 'a'.repeat(64), note: 'support line' }, { regex: '^EMP-\\d+$' }],
      salt: 'team-salt',
      ignore: ['**/fixtures/**'],
      kinds: { utterances: ['logs/*.txt'], 'intents-csv': ['training/*.csv'] },
      phi: { healthTermsAlone: 'info' },
      testValues: 'off',
      customDetectors: [{ id: 'employee-id', pattern: 'EMP-\\d{6}', contextWords: ['employee'], validator: 'luhn', severity: 'error', flags: 'i' }],
    },
  ];
  for (const g of good) assert.ok(validate(g), JSON.stringify(validate.errors));
});

test('the schema rejects bad configurations', () => {
  const bad = [
    { rules: { email: 'loud' } },
    { minConfidence: 2 },
    { allow: [{ hash: 'xyz' }] },
    { kinds: { spreadsheet: ['*.xls'] } },
    { customDetectors: [{ id: 'Bad Id', pattern: 'x' }] },
    { customDetectors: [{ id: 'x', pattern: 'x', validator: 'md5' }] },
    { bogus: true },
    { testValues: 'loud' },
  ];
  for (const b of bad) assert.equal(validate(b), false, JSON.stringify(b));
});

// Every rule in the registry has its anchor, description and schema entry (regenerate both files with
// `node --import tsx scripts/rules-doc.ts` when this fails); examples may drift without failing the build.
test('schema and docs/rules.md are in sync with the rule registry', () => {
  const doc = readFileSync(RULES_DOC_PATH, 'utf8');
  const fresh = renderRulesMarkdown();
  const ruleProps = schema.properties.rules.properties as Record<string, { description?: string }>;
  const expected = (renderSchema() as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules.properties;
  assert.deepEqual(Object.keys(ruleProps).sort(), Object.keys(expected).sort(), 'schema rule list is stale: run node --import tsx scripts/rules-doc.ts');
  for (const r of listRules()) {
    assert.ok(doc.includes(`<a id="${r.id}"></a>`), `docs/rules.md lacks an anchor for ${r.id}`);
    assert.ok(doc.includes(r.description), `docs/rules.md has a stale description for ${r.id}`);
    assert.equal(ruleProps[r.id]?.description, r.description, `schema has a stale description for ${r.id}`);
    assert.ok(fresh.includes(`<a id="${r.id}"></a>`));
  }
});
