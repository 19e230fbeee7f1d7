// Every file in ../shared/benchdata/watson parses, and the extracted counts match that folder's README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../../../server/src/engine/formats';
import { sharedPath, skipWithoutShared } from '../../support/shared';
import { assertRangesSane } from './helpers';

/** Counts as stated in ../shared/benchdata/watson/README.md. */
const EXPECTED: Record<string, { kind: string | null; counts: Record<string, number> }> = {
  'dialog/car_workspace.json': { kind: 'dialog', counts: { intents: 25, examples: 2506, counterexamples: 6, entities: 14, values: 130, synonyms: 347, patterns: 6, dialogNodes: 144 } },
  'dialog/banking_US.json': { kind: 'dialog', counts: { intents: 23, examples: 203, entities: 10, values: 42, synonyms: 107, dialogNodes: 165 } },
  'dialog/skill-CDC-COVID-FAQ.json': { kind: 'dialog', counts: { intents: 52, examples: 387, entities: 9, values: 13, synonyms: 36, patterns: 2, dialogNodes: 73 } },
  'dialog/watson-pizzeria.json': { kind: 'dialog', counts: { intents: 4, examples: 21, entities: 5, values: 20, dialogNodes: 26 } },
  'dialog/plan-bot-part2.json': { kind: 'dialog', counts: { intents: 14, examples: 272, entities: 5, dialogNodes: 32 } },
  'dialog/book_recommender_skill.json': { kind: 'dialog', counts: { intents: 22, examples: 110, entities: 0, dialogNodes: 24 } },
  'actions/testitall.actions.json': { kind: 'actions', counts: { actions: 23, steps: 55, intents: 21, phrases: 84, entities: 5, variables: 5 } },
  'actions/phone-common-interactions.action.json': { kind: 'actions', counts: { actions: 10, steps: 31, intents: 7, phrases: 20, entities: 13, variables: 7 } },
  'actions/watsonx-actions.json': { kind: 'actions', counts: { actions: 7, steps: 25, intents: 4, phrases: 6, variables: 10 } },
  'csv/wa-testing-tool-intents.csv': { kind: 'intents-csv', counts: { examples: 2520, intents: 25 } },
  'csv/wa-testing-tool-entities.csv': { kind: 'entities-csv', counts: { values: 115, entities: 10, patterns: 0 } },
  'csv/wa-testing-tool-test.csv': { kind: null, counts: {} },
  'logs/v1-logs-array-iot-car.json': { kind: 'logs', counts: { logs: 99 } },
};

test('benchdata: every Watson sample file is listed here', { skip: skipWithoutShared() }, () => {
  const base = sharedPath('benchdata', 'watson');
  const files = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`${base}/${d.name}`).map((f) => `${d.name}/${f}`));
  assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
});

for (const [file, want] of Object.entries(EXPECTED)) {
  test(`benchdata: ${file} parses with the README's counts`, { skip: skipWithoutShared() }, () => {
    const path = sharedPath('benchdata', 'watson', file);
    const raw = readFileSync(path, 'utf8');
    const doc = parseDocument(raw, { path });
    assert.equal(doc.kind, want.kind);
    assert.deepEqual(doc.problems, []);
    assertRangesSane(doc, raw);
    for (const [k, v] of Object.entries(want.counts)) assert.equal(doc.counts[k] ?? 0, v, `${file}: ${k}`);
    if (want.kind) assert.ok(doc.texts.length > 0);
    // Every extracted text decodes to what JSON.parse / the raw cell says.
    for (const t of doc.texts) {
      if (t.encoding === 'json-string') assert.equal(t.text, JSON.parse(`"${raw.slice(t.rawStart, t.rawEnd)}"`));
      else if (t.encoding === 'csv-unquoted') assert.equal(t.text, raw.slice(t.rawStart, t.rawEnd));
    }
  });
}

test('benchdata: the actions sample with privacy flags reports its unprotected phone variables', { skip: skipWithoutShared() }, () => {
  const path = sharedPath('benchdata', 'watson', 'actions', 'phone-common-interactions.action.json');
  const raw = readFileSync(path, 'utf8');
  const doc = parseDocument(raw, { path });
  const ids = doc.structural.map((s) => s.fieldPath);
  assert.ok(ids.includes('session variable user_phone_number'), ids.join('; '));
  for (const s of doc.structural) {
    assert.equal(s.ruleId, 'unprotected-variable');
    const fixed = s.fix!.reduceRight((acc, e) => acc.slice(0, e.offset) + e.newText + acc.slice(e.offset + e.length), raw);
    assert.doesNotThrow(() => JSON.parse(fixed));
    assert.equal(parseDocument(fixed, { path }).structural.length, doc.structural.length - 1);
  }
});
