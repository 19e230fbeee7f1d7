import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, PLANTED, removeDir, runCli, tempCopy, type JsonReport } from './helpers';
import { repoRoot } from '../support/shared';

/** RFC 4180 records of a CSV text (quotes, doubled quotes, embedded line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  assert.equal(quoted, false, 'no unterminated quote');
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

function lineEndings(text: string): string {
  return (text.match(/\r\n|\n|\r/g) ?? []).join('|');
}

const dataFiles = (dir: string) => readdirSync(dir).filter((f) => /^[^.].*\.(json|csv|txt)$/.test(f));

for (const strategy of ['synthetic', 'placeholder', 'mask'] as const) {
  test(`--fix --fix-strategy ${strategy}: files stay valid, no original value remains, a re-lint is clean`, async () => {
    const dir = tempCopy('kinds');
    try {
      const before = Object.fromEntries(dataFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      const r = await runCli(['--fix', '--fix-strategy', strategy, '--format', 'json', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.ok(report.summary.fixed >= 20, `fixed ${report.summary.fixed}`);
      for (const f of dataFiles(dir)) {
        const after = readFileSync(join(dir, f), 'utf8');
        if (f === 'package.json') {
          assert.equal(after, before[f], 'non-training files are untouched');
          continue;
        }
        for (const v of PLANTED) assert.ok(!after.includes(v), `${f} still holds ${v.slice(0, 3)}…`);
        if (f.endsWith('.json')) JSON.parse(after);
        if (f.endsWith('.csv')) {
          const a = csvRecords(after);
          const b = csvRecords(before[f]);
          assert.equal(a.length, b.length, `${f} rows`);
          assert.deepEqual(a.map((x) => x.length), b.map((x) => x.length), `${f} cells per row`);
        }
        assert.equal(lineEndings(after), lineEndings(before[f]), `${f} line endings`);
      }
      const action = JSON.parse(readFileSync(join(dir, 'action.json'), 'utf8'));
      assert.equal(action.workspace.variables[0].privacy.enabled, true, 'structural fix applied');
      if (strategy === 'placeholder') assert.match(readFileSync(join(dir, 'chat-log.txt'), 'utf8'), /my email is \[EMAIL\]\ncall me at \[PHONE\]/);
      if (strategy === 'mask') assert.match(readFileSync(join(dir, 'chat-log.txt'), 'utf8'), /my email is \*{20}\ncall me at \*{12}\n/);
      if (strategy === 'synthetic') {
        const emailIn = (f: string) => /my email is (\S+@\S+)/.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
        assert.match(emailIn('chat-log.txt') ?? '', /@example\.(com|org|net)$/);
        assert.equal(emailIn('chat-log.txt'), emailIn('utterances.csv'), 'same value, same fake across files');
        if (existsSync(join(dir, '.piilintrc.json'))) {
          const cfg = readFileSync(join(dir, '.piilintrc.json'), 'utf8');
          for (const v of PLANTED) assert.ok(!cfg.includes(v));
          assert.match(cfg, /"hash": "[0-9a-f]{64}"/);
        }
      }
      const again = await runCli(['--format', 'json', '.'], { cwd: dir });
      const left = (JSON.parse(again.stdout) as JsonReport).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(left.map((f) => `${f.path}:${f.line} ${f.ruleId}`), [], 'nothing at warning or above after --fix');
      assert.equal(again.code, 0);
    } finally {
      removeDir(dir);
    }
  });
}

test('--fix --dry-run prints a masked diff and changes nothing', async () => {
  const dir = tempCopy('kinds');
  try {
    const r = await runCli(['--fix', '--dry-run', '--fix-strategy', 'placeholder', 'chat-log.txt', 'workspace.json'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'chat-log.txt'), 'utf8'), readFileSync(join(FIXTURES, 'kinds', 'chat-log.txt'), 'utf8'));
    assert.match(r.stdout, /^--- a\/chat-log\.txt\n\+\+\+ b\/chat-log\.txt\n@@ /m);
    assert.match(r.stdout, /^-my email is \*{20}$/m);
    assert.match(r.stdout, /^\+my email is \[EMAIL\]$/m);
    for (const v of PLANTED) assert.ok(!r.stdout.includes(v), v.slice(0, 3));
    const shown = await runCli(['--fix', '--dry-run', '--show-values', 'chat-log.txt'], { cwd: dir });
    assert.match(shown.stdout, /^-my email is jane\.doe84@gmail\.com$/m);
    assert.ok(!existsSync(join(dir, '.piilintrc.json')), 'a dry run writes no config');
  } finally {
    removeDir(dir);
  }
});

test('--fix with --stdin writes the fixed document to stdout and the report to stderr', async () => {
  const input = 'my email is jane.doe84@gmail.com\r\nbye\r\n';
  const r = await runCli(['--stdin', '--stdin-filename', 'log.txt', '--fix', '--fix-strategy', 'placeholder'], { input });
  assert.equal(r.stdout, 'my email is [EMAIL]\r\nbye\r\n');
  assert.match(r.stderr, /1 value fixed/);
});

test('a file whose fix cannot be written is reported, the others are fixed', async () => {
  const dir = tempCopy('kinds');
  try {
    // Invalid UTF-8 cannot be rewritten without losing bytes: it is reported and left alone.
    const bad = Buffer.concat([Buffer.from('my email is jane.doe84@gmail.com\n'), Buffer.from([0xff, 0xfe, 0x0a])]);
    require('node:fs').writeFileSync(join(dir, 'broken.txt'), bad);
    const r = await runCli(['--fix', '--format', 'json', 'broken.txt', 'chat-log.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.match(report.files.find((f) => f.path === 'broken.txt')?.error ?? '', /not valid UTF-8/);
    assert.deepEqual(readFileSync(join(dir, 'broken.txt')), bad);
    assert.ok(!readFileSync(join(dir, 'chat-log.txt'), 'utf8').includes('jane.doe84@gmail.com'));
  } finally {
    removeDir(dir);
  }
});

test('samples/: --fix (synthetic) then a plain run finds nothing at warning or above', async () => {
  const dir = require('node:fs').mkdtempSync(join(require('node:os').tmpdir(), 'pii-lint-samples-'));
  try {
    require('node:fs').cpSync(join(repoRoot, 'samples'), dir, { recursive: true });
    const first = JSON.parse((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout) as JsonReport;
    assert.ok(first.summary.errors + first.summary.warnings > 0, 'samples carry planted values');
    const fix = await runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
    assert.equal(fix.code, 0, fix.stdout.slice(0, 2000));
    const again = await runCli(['--format', 'json', '.'], { cwd: dir });
    const left = (JSON.parse(again.stdout) as JsonReport).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(left.map((f) => `${f.path}:${f.line} ${f.ruleId}`), []);
    assert.equal(again.code, 0);
  } finally {
    removeDir(dir);
  }
});
