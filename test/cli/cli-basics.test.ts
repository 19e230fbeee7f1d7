import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDir, runCli, tempCopy, tempDir, type JsonReport } from './helpers';
import { version } from '../../package.json';

test('--version prints the package version, --help the usage', async () => {
  const v = await runCli(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), version);
  const h = await runCli(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage:/);
  for (const flag of ['--format', '--fix-strategy', '--baseline', '--shard', '--stdin-filename', '--fail-on', '--max-warnings', 'customer-data'])
    assert.ok(h.stdout.includes(flag), flag);
});

test('bad arguments exit 2 with a clear message', async () => {
  for (const [args, pattern] of [
    [['--bogus'], /Unknown option '--bogus'/],
    [['--format', 'xml'], /--format must be one of stylish, json, sarif, junit/],
    [['--fail-on', 'never'], /--fail-on must be one of/],
    [['--max-warnings', 'x'], /--max-warnings must be an integer/],
    [['--kind', 'pdf'], /--kind must be one of/],
    [['--shard', '3/2', '.'], /--shard 3\/2: i must be between 1 and n/],
    [['--shard', 'half', '.'], /--shard must look like i\/n/],
    [['--dry-run'], /--dry-run needs --fix/],
    [['--stdin-filename', 'a.txt'], /--stdin-filename needs --stdin/],
    [['--workers', '0'], /--workers must be an integer >= 1/],
    [['does-not-exist-*.json'], /no files match/],
    [['--config', 'missing.json'], /config file not found/],
  ] as [string[], RegExp][]) {
    const r = await runCli(args, { cwd: __dirname });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, pattern, args.join(' '));
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, 'no stack trace');
  }
});

test('an invalid config file is a usage error (exit 2), not a crash', async () => {
  const dir = tempCopy('kinds');
  try {
    writeFileSync(join(dir, '.piilintrc.json'), '{ "rules": { "email": "loud" }, ');
    const r = await runCli(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.piilintrc\.json: \w+ at offset \d+/);
    writeFileSync(join(dir, '.piilintrc.json'), '{ "rules": { "email": "loud" } }');
    const r2 = await runCli(['.'], { cwd: dir });
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /rules\.email/);
  } finally {
    removeDir(dir);
  }
});

test('exit codes follow --fail-on and --max-warnings', async () => {
  const dir = tempCopy('kinds');
  try {
    // chat-log.txt has warnings only (email, phone).
    const base = await runCli(['chat-log.txt'], { cwd: dir });
    assert.equal(base.code, 1, 'warnings fail by default');
    assert.equal((await runCli(['chat-log.txt', '--fail-on', 'error'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['chat-log.txt', '--fail-on', 'error', '--max-warnings', '5'], { cwd: dir })).code, 0);
    const tooMany = await runCli(['chat-log.txt', '--fail-on', 'error', '--max-warnings', '1'], { cwd: dir });
    assert.equal(tooMany.code, 1);
    assert.match(tooMany.stderr, /more than --max-warnings 1/);
    writeFileSync(join(dir, 'clean.txt'), 'hello\nwhat time do you open\n');
    assert.equal((await runCli(['clean.txt'], { cwd: dir })).code, 0);
    // rule configuration from the nearest config file applies
    writeFileSync(join(dir, '.piilintrc.json'), JSON.stringify({ rules: { email: 'off', 'phone-number': 'info' } }));
    assert.equal((await runCli(['chat-log.txt'], { cwd: dir })).code, 0);
  } finally {
    removeDir(dir);
  }
});

test('unreadable files are reported and fail the run without crashing', async () => {
  const dir = tempCopy('kinds');
  try {
    symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'dangling.csv'));
    const r = await runCli(['--format', 'json', 'dangling.csv', 'chat-log.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    const bad = report.files.find((f) => f.path === 'dangling.csv');
    assert.ok(bad?.error, 'dangling link reported');
    assert.equal(report.summary.unreadable, 1);
    assert.ok(report.files.some((f) => f.path === 'chat-log.txt' && f.findings > 0), 'other files still linted');
    const folder = await runCli(['dangling.csv'], { cwd: dir });
    assert.equal(folder.code, 1);
    assert.match(folder.stdout, /dangling\.csv\n\s+error\s+no such file/);
    assert.doesNotMatch(folder.stderr, /internal error/);
  } finally {
    removeDir(dir);
  }
});

test('--list-rules lists id, category, severity, description and docs link', async () => {
  const r = await runCli(['--list-rules']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^email\s+pii\s+warning\s+\S/m);
  assert.match(r.stdout, /docs\/rules\.md#email/);
  const j = await runCli(['--list-rules', '--format', 'json']);
  const rules = JSON.parse(j.stdout) as { id: string; docsUrl: string }[];
  assert.ok(rules.some((x) => x.id === 'credit-card'));
  assert.ok(rules.every((x) => x.docsUrl.startsWith('https://')));
});

test('.gitignore and config ignore globs are respected; explicit files are always linted', async () => {
  const dir = tempCopy('kinds');
  try {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), 'chat-log.txt\n');
    writeFileSync(join(dir, '.piilintrc.json'), JSON.stringify({ ignore: ['logs.json'] }));
    const r = await runCli(['--format', 'json', '.'], { cwd: dir });
    const paths = (JSON.parse(r.stdout) as JsonReport).files.map((f) => f.path);
    assert.ok(!paths.includes('chat-log.txt'), 'gitignored');
    assert.ok(!paths.includes('logs.json'), 'config ignore');
    assert.ok(paths.includes('workspace.json'));
    assert.ok(!paths.includes('package.json'), 'non-training JSON is not reported');
    const explicit = await runCli(['--format', 'json', 'chat-log.txt'], { cwd: dir });
    assert.equal((JSON.parse(explicit.stdout) as JsonReport).files[0].path, 'chat-log.txt');
  } finally {
    removeDir(dir);
  }
});

test('an empty folder is a clean run', async () => {
  const dir = tempDir();
  try {
    const r = await runCli([], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /no findings in 0 files/);
  } finally {
    removeDir(dir);
  }
});

test('a file named on the command line that is no kind we read gets a note; the same file in a folder does not', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'data'));
    // JSON with none of the keys of a workspace, an actions skill or a logs response.
    writeFileSync(join(dir, 'data', 'settings.json'), '{"theme": "dark", "retries": 3}\n');
    const named = await runCli(['data/settings.json'], { cwd: dir });
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stderr, /data\/settings\.json: not recognised as Watson Assistant training data .*--kind/);
    const folder = await runCli(['data'], { cwd: dir });
    assert.equal(folder.code, 0, folder.stderr);
    assert.doesNotMatch(folder.stderr, /not recognised/);
    const quiet = await runCli(['-q', 'data/settings.json'], { cwd: dir });
    assert.doesNotMatch(quiet.stderr, /not recognised/);
  } finally {
    removeDir(dir);
  }
});
