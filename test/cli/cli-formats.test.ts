import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { FIXTURES, PLANTED, removeDir, runCli, tempCopy, type CliRun, type JsonReport } from './helpers';

// The official SARIF 2.1.0 schema (final "rtm.5" revision), shipped inside an npm package.
const SARIF_SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/**
 * The schema is written as JSON Schema draft-04 but uses no keyword whose meaning changed after draft-04
 * (no boolean exclusiveMinimum/Maximum), so Ajv 8 validates it exactly once the draft-04 `$schema`/`id` are dropped.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp off: the schema's `language` pattern has a stray ']' that only the u flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const KINDS: Record<string, string> = {
  'workspace.json': 'dialog',
  'action.json': 'actions',
  'intents.csv': 'intents-csv',
  'entities.csv': 'entities-csv',
  'phrases.csv': 'phrases-csv',
  'utterances.csv': 'utterances',
  'chat-log.txt': 'utterances',
  'logs.json': 'logs',
};

const runs: Record<string, CliRun> = {};
const kindsDir = join(FIXTURES, 'kinds');

before(async () => {
  for (const format of ['stylish', 'json', 'sarif', 'junit']) runs[format] = await runCli(['--format', format, '.'], { cwd: kindsDir });
});

function assertNoPlantedValues(text: string, where: string): void {
  for (const v of PLANTED) assert.ok(!text.includes(v), `${where} leaks ${v.slice(0, 3)}…`);
  assert.ok(!text.includes('4539148803436467'), `${where} leaks a card number`);
}

test('every file kind is recognised and its planted values are found at exact ranges', () => {
  const report = JSON.parse(runs.json.stdout) as JsonReport;
  assert.equal(runs.json.code, 1);
  for (const [file, kind] of Object.entries(KINDS)) {
    const entry = report.files.find((f) => f.path === file);
    assert.equal(entry?.kind, kind, file);
    assert.ok((entry?.findings ?? 0) > 0, `${file} has findings`);
  }
  for (const f of report.findings) {
    if (f.ruleId === 'unprotected-variable') continue;
    const raw = readFileSync(join(kindsDir, f.path), 'utf8');
    const value = raw.slice(f.offset, f.offset + f.length);
    assert.ok(PLANTED.some((p) => p === value), `${f.path}:${f.line}:${f.column} range holds a planted value (got ${f.masked})`);
    // line/column agree with the offset
    const before = raw.slice(0, f.offset).split(/\r\n|\n|\r/);
    assert.equal(f.line, before.length, `${f.path} line`);
    assert.equal(f.column, before[before.length - 1].length + 1, `${f.path} column`);
    for (const key of ['ruleId', 'entity', 'category', 'severity', 'confidence', 'endLine', 'endColumn', 'fieldPath', 'message', 'masked'] as const)
      assert.notEqual(f[key], undefined, key);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
  }
  assert.ok(report.findings.some((f) => f.ruleId === 'unprotected-variable' && f.path === 'action.json'), 'structural finding');
  assert.ok(!report.files.some((f) => f.path === 'package.json'), 'package.json is not training data');
});

test('no output format reveals a planted value without --show-values', () => {
  for (const [format, r] of Object.entries(runs)) {
    assertNoPlantedValues(r.stdout, format);
    assertNoPlantedValues(r.stderr, `${format} stderr`);
  }
});

test('--show-values is the only way raw values appear', async () => {
  const r = await runCli(['--format', 'json', '--show-values', 'chat-log.txt'], { cwd: kindsDir });
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.findings.map((f) => f.value).sort(), ['312-741-9982', 'jane.doe84@gmail.com']);
  const stylish = await runCli(['--show-values', 'chat-log.txt'], { cwd: kindsDir });
  assert.ok(stylish.stdout.includes('jane.doe84@gmail.com'));
});

test('stylish groups by file with line:col, severity, message, masked preview and rule id', () => {
  const out = runs.stylish.stdout;
  assert.match(out, /^chat-log\.txt\n {2}1:13 +warning +Email address in an utterance \(j\*+@g\*+\.com\) +email$/m);
  assert.match(out, /✖ \d+ findings in 8 files \(\d+ errors?, \d+ warnings?, \d+ info, \d+ hints?\)/);
  assert.doesNotMatch(out, /\u001b\[/, 'no colour when not a terminal');
});

test('JSON output has the documented top-level shape', () => {
  const report = JSON.parse(runs.json.stdout) as JsonReport;
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.tool.name, 'pii-lint');
  for (const k of ['files', 'filesWithFindings', 'errors', 'warnings', 'infos', 'hints', 'unreadable', 'fixed', 'baselined'])
    assert.equal(typeof report.summary[k], 'number', k);
  assert.equal(report.summary.errors + report.summary.warnings + report.summary.infos + report.summary.hints, report.findings.length);
});

test('SARIF validates against the official SARIF 2.1.0 schema and carries rules, regions and value-free fingerprints', () => {
  const validate = sarifValidator();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log: any = JSON.parse(runs.sarif.stdout);
  assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.equal(run.tool.driver.name, 'pii-lint');
  const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
  for (const r of run.tool.driver.rules) {
    assert.ok(r.shortDescription.text && r.fullDescription.text, r.id);
    assert.match(r.helpUri, /^https:\/\//);
  }
  const json = JSON.parse(runs.json.stdout) as JsonReport;
  assert.equal(run.results.length, json.findings.length);
  const fingerprints = new Set<string>();
  for (const res of run.results) {
    assert.ok(ruleIds.includes(res.ruleId));
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(res.level));
    const loc = res.locations[0].physicalLocation;
    assert.ok(loc.artifactLocation.uri && !loc.artifactLocation.uri.startsWith('/'));
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endColumn >= 1);
    const fp = res.partialFingerprints['piiLintValue/v1'];
    assert.match(fp, /^[0-9a-f]{64}$/);
    fingerprints.add(fp);
  }
  assert.equal(fingerprints.size, run.results.length, 'fingerprints are distinct');
});

test('SARIF validation can fail: a broken log is rejected', () => {
  const validate = sarifValidator();
  const log = JSON.parse(runs.sarif.stdout);
  log.runs[0].results[0].level = 'severe';
  assert.equal(validate(log), false);
});

test('JUnit has one test case per file and a failure per failing finding', () => {
  const xml = runs.junit.stdout;
  const json = JSON.parse(runs.json.stdout) as JsonReport;
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="pii-lint"/);
  assert.equal((xml.match(/<testcase /g) ?? []).length, json.files.length);
  const failing = json.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  assert.equal((xml.match(/<failure /g) ?? []).length, failing);
  assert.match(xml, new RegExp(`<testsuite name="pii-lint" tests="${json.files.length}" failures="${failing}"`));
  assert.equal((xml.match(/<testcase/g) ?? []).length, (xml.match(/<\/testcase>|<testcase [^>]*\/>/g) ?? []).length, 'balanced');
});

test('--output writes the report to a file and nothing to stdout', async () => {
  const dir = tempCopy('kinds');
  try {
    const r = await runCli(['--format', 'sarif', '--output', 'out/../report.sarif', 'chat-log.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const text = readFileSync(join(dir, 'report.sarif'), 'utf8');
    assert.equal(JSON.parse(text).runs[0].results.length, 2);
    assertNoPlantedValues(text, 'sarif file');
  } finally {
    removeDir(dir);
  }
});

test('--stdin lints piped input named by --stdin-filename', async () => {
  const input = readFileSync(join(kindsDir, 'intents.csv'), 'utf8');
  const r = await runCli(['--stdin', '--stdin-filename', 'data/intents.csv', '--format', 'json'], { cwd: kindsDir, input });
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.files[0].path, 'data/intents.csv');
  assert.equal(report.files[0].kind, 'intents-csv');
  assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), ['credit-card', 'email']);
  assertNoPlantedValues(r.stdout, 'stdin report');
  // a forced kind: the same text as a plain utterance log
  const forced = await runCli(['--stdin', '--kind', 'utterances', '--format', 'json'], { cwd: kindsDir, input: 'reach me at jane.doe84@gmail.com\n' });
  assert.equal((JSON.parse(forced.stdout) as JsonReport).findings[0].entity, 'EMAIL_ADDRESS');
});
