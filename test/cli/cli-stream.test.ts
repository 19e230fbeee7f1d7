import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { removeDir, runCli, tempDir, type JsonReport } from './helpers';

// A log streamed in 100-character chunks whose findings are spilled to disk every ~1,000 characters must give
// exactly the report of the same log linted whole, in every format, with --quiet, baselines and --fix.
const STREAMED = { PII_LINT_STREAM_BYTES: '1', PII_LINT_CHUNK_CHARS: '100', PII_LINT_SPILL_CHARS: '1000' };

function email(i: number): string {
  return `user.${i}@mailbox${i % 7}.de`;
}

/** A CSV log with CRLF, emoji (surrogate pairs) and quoted multi-line cells that cross chunk ends. */
function csvLog(): string {
  const rows = ['utterance'];
  for (let i = 1; i <= 600; i++) {
    if (i % 7 === 0) rows.push(`"multi-line 😀 ""quoted""\r\ncell with ${email(i)}, ok"`);
    else if (i % 5 === 0) rows.push(`call me on 312-741-${String(1000 + i).slice(-4)} 👍`);
    else if (i % 11 === 0) rows.push(`my card is 4539 1488 0343 6467 and my name is Marcus Whitfield`);
    else rows.push(`plain question number ${i}`);
  }
  return rows.join('\r\n') + '\r\n';
}

test('a streamed log with spilled findings gives the whole-file report in every format', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'utterances.csv'), csvLog());
    for (const args of [['--format', 'json'], ['--format', 'sarif'], ['--format', 'junit'], [], ['--quiet', '--format', 'json'], ['--fail-on', 'error', '--quiet']]) {
      const whole = await runCli([...args, 'utterances.csv'], { cwd: dir });
      const streamed = await runCli([...args, 'utterances.csv'], { cwd: dir, env: STREAMED });
      assert.equal(streamed.code, whole.code, args.join(' '));
      assert.equal(streamed.stdout, whole.stdout, args.join(' '));
      if (args[1] === 'json' && !args.includes('--quiet')) {
        const report = JSON.parse(whole.stdout) as JsonReport;
        assert.ok(report.findings.length >= 80, `found ${report.findings.length}`);
        const raw = readFileSync(join(dir, 'utterances.csv'), 'utf8');
        for (const f of report.findings.filter((x) => x.ruleId === 'email')) assert.match(raw.slice(f.offset, f.offset + f.length), /^user\.\d+@mailbox\d\.de$/);
      }
    }
  } finally {
    removeDir(dir);
  }
});

test('baselines round-trip on a streamed log', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'utterances.csv'), csvLog());
    await runCli(['--update-baseline', '--baseline', 'whole.json', 'utterances.csv'], { cwd: dir });
    const write = await runCli(['--update-baseline', '--baseline', 'streamed.json', 'utterances.csv'], { cwd: dir, env: STREAMED });
    assert.equal(write.code, 0, write.stderr);
    assert.equal(readFileSync(join(dir, 'streamed.json'), 'utf8'), readFileSync(join(dir, 'whole.json'), 'utf8'));
    const clean = await runCli(['--baseline', 'streamed.json', '--format', 'json', 'utterances.csv'], { cwd: dir, env: STREAMED });
    assert.equal(clean.code, 0, clean.stdout);
    const report = JSON.parse(clean.stdout) as JsonReport;
    assert.equal(report.findings.length, 0);
    assert.ok(report.summary.baselined >= 80);
  } finally {
    removeDir(dir);
  }
});

test('--fix --dry-run on a streamed log prints a diff that turns the log into what --fix writes', async () => {
  const dir = tempDir();
  try {
    const text = csvLog();
    writeFileSync(join(dir, 'utterances.csv'), text);
    writeFileSync(join(dir, 'copy.csv'), text);
    const dry = await runCli(['--fix', '--dry-run', '--show-values', '--seed', '7', '--format', 'json', 'utterances.csv'], { cwd: dir, env: STREAMED });
    const report = JSON.parse(dry.stdout) as JsonReport;
    const diff = report.files[0].diff ?? '';
    assert.ok(diff.startsWith('--- a/utterances.csv\n+++ b/utterances.csv\n@@'), diff.slice(0, 80));
    assert.equal(readFileSync(join(dir, 'utterances.csv'), 'utf8'), text, 'dry run changes nothing');
    await runCli(['--fix', '--seed', '7', 'copy.csv'], { cwd: dir });
    const patched = applyPatch(text, diff.replace(/utterances\.csv/g, 'copy.csv'));
    assert.equal(patched, readFileSync(join(dir, 'copy.csv'), 'utf8'));
  } finally {
    removeDir(dir);
  }
});
