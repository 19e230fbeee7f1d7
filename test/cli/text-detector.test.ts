// The pipeline's detection thread (TextDetector, dist/cli-detect.js) detects exactly what the engine's
// Linter.detect does, under the default config and under one with custom detectors and detector options, and
// records in the shared table only texts it found clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/formats';
import { kindForPath } from '../../server/src/engine/policy/paths';
import { resolveConfig } from '../../server/src/engine/policy/config';
import type { Role } from '../../server/src/engine/types';
import { CleanTexts, createCleanTextsBuffer } from '../../server/src/cli/cleanTexts';
import { batchOf } from '../../server/src/cli/pipeline';
import { scopeName, TextDetector } from '../../server/src/cli/textDetector';
import { FIXTURES } from './helpers';

const KINDS = join(FIXTURES, 'kinds');

/** Every text of every fixture kind, with its role. */
function fixtureTexts(): { texts: string[]; roles: (Role | undefined)[] } {
  const texts: string[] = [];
  const roles: (Role | undefined)[] = [];
  const config = resolveConfig({});
  for (const file of readdirSync(KINDS)) {
    const doc = parseDocument(readFileSync(join(KINDS, file), 'utf8'), { path: file, kind: kindForPath(config, file) });
    for (const t of doc.texts) {
      texts.push(t.text);
      roles.push(t.role);
    }
  }
  return { texts, roles };
}

const RC = {
  rules: { 'phone-number': 'off' },
  customDetectors: [{ id: 'order-number', pattern: '[0-9]{5,}', entity: 'ORDER_NUMBER', severity: 'info' }],
  testValues: 'off',
  phi: { healthTermsAlone: 'warning' },
};

test('the detection thread detects what Linter.detect does (defaults, and a config with custom detectors)', () => {
  const { texts, roles } = fixtureTexts();
  assert.ok(texts.length > 50, `fixture texts (${texts.length})`);
  const dir = mkdtempSync(join(tmpdir(), 'pii-lint-detector-'));
  try {
    const configured = join(dir, 'configured');
    writeFileSync(join(dir, '.piilintrc.json'), JSON.stringify(RC));
    const cases = [
      { label: 'defaults', job: { cwd: FIXTURES }, file: join(KINDS, 'any.txt'), config: resolveConfig({}) },
      { label: 'custom', job: { cwd: dir, config: join(dir, '.piilintrc.json') }, file: join(configured, 'any.txt'), config: resolveConfig(RC as Parameters<typeof resolveConfig>[0]) },
    ];
    for (const c of cases) {
      const expected = createLinter(c.config, { synthesizer: null, cacheSize: 0 });
      const got = new TextDetector(c.job).detectTexts(c.file, texts, roles);
      let withDetections = 0;
      for (let i = 0; i < texts.length; i++) {
        const want = expected.detect(texts[i], roles[i]);
        assert.deepEqual(got[i] === 0 ? [] : got[i], want, `${c.label}: text ${i}`);
        if (want.length > 0) withDetections++;
      }
      assert.ok(withDetections > 10, `${c.label}: texts with detections (${withDetections})`);
    }
    // The custom detector is really in use: the configured thread finds order numbers the defaults do not.
    const orders = new TextDetector(cases[1].job).detectTexts(cases[1].file, ['my order 123456 is late'], ['utterance']);
    assert.ok(orders[0] !== 0 && orders[0].some((d) => d.detectorId === 'order-number'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the detection thread records the texts it found clean in the shared table, and only those', () => {
  const buffer = createCleanTextsBuffer();
  const detector = new TextDetector({ cwd: FIXTURES });
  detector.useCleanTexts(buffer);
  const file = join(KINDS, 'any.txt');
  const texts = ['where is the nearest branch', 'please email me at someone.real@gmail.com'];
  const got = detector.detectTexts(file, texts, ['utterance', 'utterance']);
  assert.equal(got[0], 0);
  assert.notEqual(got[1], 0);
  const table = new CleanTexts(buffer);
  const scope = table.scope(scopeName('', 'utterance'));
  assert.equal(table.has(scope, texts[0]), true);
  assert.equal(table.has(scope, texts[1]), false);
  // Another role is another scope.
  assert.equal(table.has(table.scope(scopeName('', 'intent-example')), texts[0]), false);
});

test("a file's batch (one string and the texts' ends) gets the detections of the texts that hold any, repeats included", () => {
  const config = resolveConfig({});
  const detector = new TextDetector({ cwd: FIXTURES });
  detector.useCleanTexts(createCleanTextsBuffer());
  const expected = createLinter(config, { synthesizer: null, cacheSize: 0 });
  const file = join(KINDS, 'any.txt');
  for (const name of readdirSync(KINDS)) {
    const doc = parseDocument(readFileSync(join(KINDS, name), 'utf8'), { path: name, kind: kindForPath(config, name) });
    // Twice: the second time every text is a repeat (found clean in the table, or by fingerprint).
    for (const round of [1, 2]) {
      const batch = batchOf(doc);
      assert.equal(batch.ends.length, doc.texts.length);
      const got = detector.detectBatch(file, batch);
      const want = doc.texts.map((t, i) => [i, expected.detect(t.text, t.role)] as const).filter(([, d]) => d.length > 0);
      assert.deepEqual([...got.dirty], want.map(([i]) => i), `${name}, round ${round}: texts with detections`);
      assert.deepEqual(got.dets, want.map(([, d]) => d), `${name}, round ${round}: detections`);
    }
  }
});
