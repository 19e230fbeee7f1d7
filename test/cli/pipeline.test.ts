// The two-thread pipeline: findings built from detections computed in another thread are the engine's own, the
// built CLI reports every file kind the same with one thread and with two, and a detection thread that dies
// costs nothing but time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/formats';
import { kindForPath } from '../../server/src/engine/policy/paths';
import { resolveConfig } from '../../server/src/engine/policy/config';
import type { Finding } from '../../server/src/engine/types';
import { Worker } from 'node:worker_threads';
import { createCleanTextsBuffer } from '../../server/src/cli/cleanTexts';
import { FileLinter, type LintJobOptions } from '../../server/src/cli/lintFile';
import { lintPipelined } from '../../server/src/cli/pipeline';
import type { FilePart } from '../../server/src/cli/report';
import { FIXTURES, runCli } from './helpers';

const KINDS = join(FIXTURES, 'kinds');

/** Everything a report shows of a finding (the lazy parts read). */
const shown = (f: Finding) => [f.ruleId, f.entity, f.category, f.severity, f.confidence, f.offset, f.length, f.fieldPath, f.role, f.message, f.masked, f.testValue, f.fix.valueHash].join('|');

/** A value the default config reports in the fixtures (read from them: the test itself holds none). */
function reportedValue(): string {
  const linter = createLinter(resolveConfig({}), { synthesizer: null });
  for (const file of readdirSync(KINDS)) {
    const raw = readFileSync(join(KINDS, file), 'utf8');
    const f = linter.lint(raw, { path: file }).findings.find((x) => x.ruleId === 'email');
    if (f) return raw.slice(f.offset, f.offset + f.length);
  }
  throw new Error('no email in the fixtures');
}

const CONFIGS = {
  defaults: resolveConfig({}),
  // Policy that changes findings: a rule off, another raised, an allow-listed value, a custom detector, test values off.
  policy: resolveConfig({
    rules: { 'phone-number': 'off', email: 'error' },
    minConfidence: 0.7,
    allow: [reportedValue(), { regex: '[0-9]{3}-[0-9]{2}-[0-9]{4}' }],
    customDetectors: [{ id: 'order-number', pattern: '[0-9]{5,}', entity: 'ORDER_NUMBER', severity: 'info' }],
    detectorOptions: { testValues: 'off' },
  } as Parameters<typeof resolveConfig>[0]),
};

for (const [name, config] of Object.entries(CONFIGS)) {
  test(`findings from detections made elsewhere equal the engine's lint of every fixture kind (${name} config)`, () => {
    const linter = createLinter(config, { synthesizer: null });
    // A linter that never detects: every detection comes from `dets`.
    const other = createLinter(config, { synthesizer: null, cacheSize: 0 });
    let findings = 0;
    for (const file of readdirSync(KINDS)) {
      const raw = readFileSync(join(KINDS, file), 'utf8');
      const kind = kindForPath(config, file);
      const expected = linter.lint(raw, { path: file, kind });
      const doc = parseDocument(raw, { path: file, kind });
      const dets = doc.texts.map((t) => linter.detect(t.text, t.role));
      const got = other.lintDocument(raw, doc, { path: file, detectionsOf: (i) => dets[i] });
      assert.equal(got.kind, expected.kind, file);
      assert.deepEqual(got.findings.map(shown), expected.findings.map(shown), file);
      assert.deepEqual(got.problems, expected.problems, file);
      assert.deepEqual(got.counts, expected.counts, file);
      findings += got.findings.length;
    }
    assert.ok(findings > 5, `the fixtures have findings (${findings})`);
  });
}

test('every fixture kind: two threads (the pipeline) report byte for byte what one thread does, in every format', async () => {
  const files = readdirSync(KINDS).map((f) => join('kinds', f));
  for (const format of ['json', 'sarif', 'stylish']) {
    const one = await runCli(['--format', format, '--workers', '1', ...files], { cwd: FIXTURES });
    const two = await runCli(['--format', format, '--workers', '2', ...files], { cwd: FIXTURES });
    assert.equal(one.code, 1, one.stderr);
    assert.equal(two.stderr, one.stderr, format);
    assert.equal(two.stdout, one.stdout, format);
  }
});

/** Rows and metadata of every file, by file index, as a lint thread emits them. */
function collect(): { parts: Map<number, string>; emit: (p: FilePart) => void } {
  const parts = new Map<number, string>();
  return { parts, emit: (p) => parts.set(p.file, (parts.get(p.file) ?? '') + JSON.stringify(p.rows ?? []) + JSON.stringify(p.done ?? null)) };
}

const job: LintJobOptions = {
  cwd: FIXTURES, fix: false, fixStrategy: 'synthetic', dryRun: false, showValues: false, fixThreshold: 'warning',
  seed: 1, streamBytes: 8 * 1024 * 1024, chunkChars: 256 * 1024, cleanTexts: true,
};

// A detection thread that dies: at once, or on the first request it gets (a crash while it detects).
const DYING = { 'at once': 'process.exit(3)', 'on its first request': "require('node:worker_threads').parentPort.once('message', () => process.exit(3))" };

for (const [when, code] of Object.entries(DYING)) {
  test(`the detection thread dies ${when}: the main thread detects the rest itself, same results`, { timeout: 60_000 }, async () => {
    const files = readdirSync(KINDS).map((f) => join(KINDS, f));
    const ids = files.map((_, i) => i);
    const expected = collect();
    const alone = new FileLinter(job);
    alone.useCleanTexts(createCleanTextsBuffer());
    for (const i of ids) alone.lintPath(files[i], i, expected.emit);
    const got = collect();
    const local = new FileLinter(job);
    local.useCleanTexts(createCleanTextsBuffer());
    const dying = new Worker(code, { eval: true });
    dying.postMessage({ type: 'detector' });
    await lintPipelined(files, ids, local, dying, got.emit);
    await dying.terminate();
    assert.equal(got.parts.size, files.length);
    assert.deepEqual([...got.parts].sort(), [...expected.parts].sort());
  });
}
