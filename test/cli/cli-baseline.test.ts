import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANTED, removeDir, runCli, tempCopy, type JsonReport } from './helpers';

test('baseline round trip: recorded findings are ignored, survive edits elsewhere, new ones still fail', async () => {
  const dir = tempCopy('kinds');
  try {
    const full = JSON.parse((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout) as JsonReport;
    const write = await runCli(['--update-baseline', '--baseline', 'pii-baseline.json', '.'], { cwd: dir });
    assert.equal(write.code, 0, write.stderr);
    const text = readFileSync(join(dir, 'pii-baseline.json'), 'utf8');
    for (const v of PLANTED) assert.ok(!text.includes(v), 'no raw values in the baseline');
    const baseline = JSON.parse(text) as { entries: { ruleId: string; path: string; hash: string; count: number }[] };
    assert.equal(baseline.entries.reduce((n, e) => n + e.count, 0), full.findings.length);
    assert.ok(baseline.entries.every((e) => /^[0-9a-f]{64}$/.test(e.hash) || e.ruleId === 'unprotected-variable'));
    assert.ok(!('line' in baseline.entries[0]), 'keyed without line numbers');

    const clean = await runCli(['--baseline', 'pii-baseline.json', '--format', 'json', '.'], { cwd: dir });
    assert.equal(clean.code, 0, clean.stdout);
    const cleanReport = JSON.parse(clean.stdout) as JsonReport;
    assert.equal(cleanReport.findings.length, 0);
    assert.equal(cleanReport.summary.baselined, full.findings.length);

    // Edits elsewhere move the findings to other lines: still baselined.
    const log = join(dir, 'chat-log.txt');
    writeFileSync(log, 'hello\nopening hours?\n' + readFileSync(log, 'utf8'));
    assert.equal((await runCli(['--baseline', 'pii-baseline.json', '.'], { cwd: dir })).code, 0);

    // A new value, and a second occurrence of a baselined value, are reported.
    writeFileSync(log, readFileSync(log, 'utf8') + 'write to kim.lee77@yahoo.com\nagain jane.doe84@gmail.com\n');
    const after = await runCli(['--baseline', 'pii-baseline.json', '--format', 'json', '.'], { cwd: dir });
    assert.equal(after.code, 1);
    const left = (JSON.parse(after.stdout) as JsonReport).findings;
    assert.deepEqual(left.map((f) => `${f.path}:${f.line} ${f.ruleId}`), ['chat-log.txt:6 email', 'chat-log.txt:7 email']);
  } finally {
    removeDir(dir);
  }
});

test('a missing or malformed baseline is a usage error', async () => {
  const dir = tempCopy('kinds');
  try {
    const missing = await runCli(['--baseline', 'nope.json', '.'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline/);
    writeFileSync(join(dir, 'bad.json'), '{"entries": 3}');
    const bad = await runCli(['--baseline', 'bad.json', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no "entries" array/);
  } finally {
    removeDir(dir);
  }
});
