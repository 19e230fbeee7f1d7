// The bundled synthetic samples (what `npm run demo` lints) parse cleanly as their intended kinds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from '../../../server/src/engine/formats';
import { repoRoot } from '../../support/shared';
import { assertRangesSane } from './helpers';

const EXPECTED_KIND: Record<string, string | null> = {
  'dialog/banking-workspace.json': 'dialog',
  'actions/clinic.actions.json': 'actions',
  'logs/assistant-logs.json': 'logs',
  'csv/intents.csv': 'intents-csv',
  'csv/entities.csv': 'entities-csv',
  'csv/action-phrases.csv': 'phrases-csv',
  'logs/utterances.csv': 'utterances',
  'logs/utterances.txt': 'utterances',
  'app/send-message.js': 'app-js',
  'README.md': null,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

test('every sample parses as its kind, without problems, and stays small', () => {
  const root = join(repoRoot, 'samples');
  const found = files(root).map((f) => relative(root, f).replace(/\\/g, '/')).sort();
  assert.deepEqual(found, Object.keys(EXPECTED_KIND).sort());
  for (const rel of found) {
    const path = join(root, rel);
    const raw = readFileSync(path, 'utf8');
    assert.ok(raw.length < 10_000, `${rel} is small`);
    const doc = parseDocument(raw, { path });
    assert.equal(doc.kind, EXPECTED_KIND[rel], rel);
    assert.deepEqual(doc.problems, [], rel);
    assertRangesSane(doc, raw);
    // Application code holds calls, not training texts: its findings come from the app-code checks.
    if (doc.kind && !doc.kind.startsWith('app-')) assert.ok(doc.texts.length >= 4, rel);
  }
});

test('the actions sample flags its unprotected email variable', () => {
  const path = join(repoRoot, 'samples', 'actions', 'clinic.actions.json');
  const raw = readFileSync(path, 'utf8');
  const doc = parseDocument(raw, { path });
  const email = doc.structural.find((s) => s.fieldPath === 'session variable email');
  assert.ok(email);
  assert.equal(raw.slice(email.offset, email.offset + email.length), 'Email');
  assert.ok(!doc.structural.some((s) => s.fieldPath.includes('date_of_birth')), 'protected variables are not flagged');
});

test('the quoted multi-line CSV cell maps back to its raw form', () => {
  const path = join(repoRoot, 'samples', 'csv', 'intents.csv');
  const raw = readFileSync(path, 'utf8');
  const t = parseDocument(raw, { path }).texts.find((x) => x.text.startsWith('she said'))!;
  assert.equal(t.text, 'she said "call me at +1 (617) 824-2984"\r\nbefore noon');
  assert.equal(raw.slice(t.rawStart, t.rawEnd), 'she said ""call me at +1 (617) 824-2984""\r\nbefore noon');
});
