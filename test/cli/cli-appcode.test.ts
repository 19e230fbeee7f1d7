// The built CLI on application code (issue 8): folders are searched for source files, every finding of the
// fixture table shows up at its line, vendored code and type declarations are skipped, --fix inserts the
// learning opt-out header, --kind and stdin work for app kinds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { APPCODE_FIXTURES, expectations, fixtureFiles } from '../unit/appcode/expect';
import { removeDir, runCli, tempDir } from './helpers';

interface JsonFinding {
  path: string;
  ruleId: string;
  severity: string;
  line: number;
  message: string;
}

const UNLABELLED = `import AssistantV2 from 'ibm-watson/assistant/v2';
const assistant = new AssistantV2({ version: '2021-11-27' });
export const reply = (sessionId, text) =>
  assistant.message({
    assistantId: 'a1',
    sessionId,
    input: { text },
  });
`;

test('a folder of source files: every expected finding at its line, nothing else', async () => {
  const dir = tempDir();
  try {
    cpSync(APPCODE_FIXTURES, dir, { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'vendored'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'vendored', 'index.js'), UNLABELLED);
    writeFileSync(join(dir, 'types.d.ts'), UNLABELLED);
    const r = await runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { files: number } };
    const got = report.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`).sort();
    const want: string[] = [];
    for (const file of fixtureFiles()) {
      const path = relative(APPCODE_FIXTURES, file);
      for (const [line, rules] of expectations(readFileSync(file, 'utf8'))) for (const rule of rules) want.push(`${path}:${line}:${rule}`);
    }
    assert.deepEqual(got, want.sort());
    assert.equal(report.summary.files, fixtureFiles().length);
    const stylish = await runCli(['--fail-on', 'error', 'js/sdk-v2.ts'], { cwd: dir });
    assert.equal(stylish.code, 1, 'customer-id-invalid is an error');
    assert.match(stylish.stdout, /error\s+The X-Watson-Metadata header has a customer id containing “;”.*customer-id-invalid/);
    assert.match(stylish.stdout, /warning\s+AssistantV2\.message sends no X-Watson-Metadata: customer_id=… header.*customer-id-missing/);
  } finally {
    removeDir(dir);
  }
});

test('--fix --fail-on info inserts the opt-out header; the warning about the customer id stays', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'bot.mjs'), UNLABELLED);
    const r = await runCli(['--fix', '--fail-on', 'info', '--format', 'json', 'bot.mjs'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { fixed: number } };
    assert.equal(report.summary.fixed, 1, r.stderr);
    const fixed = readFileSync(join(dir, 'bot.mjs'), 'utf8');
    assert.equal(fixed, UNLABELLED.replace("    input: { text },\n", "    input: { text },\n    headers: { 'X-Watson-Learning-Opt-Out': 'true' },\n"));
    assert.deepEqual(report.findings.map((f) => f.ruleId), ['customer-id-missing']);
  } finally {
    removeDir(dir);
  }
});

test('--kind app-shell reads piped input; rules can be configured; --list-rules lists the new rules', async () => {
  const script = 'curl -X POST "https://api.eu-de.assistant.watson.cloud.ibm.com/v2/assistants/a1/message?version=2021-11-27" -d @body.json\n';
  const r = await runCli(['--stdin', '--stdin-filename', 'deploy', '--kind', 'app-shell', '--format', 'json'], { input: script });
  const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [
    ['customer-id-missing', 'warning'],
    ['learning-opt-out-missing', 'info'],
  ]);
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'bot.mjs'), UNLABELLED);
    writeFileSync(join(dir, '.piilintrc.json'), JSON.stringify({ rules: { 'customer-id-missing': 'off', 'learning-opt-out-missing': 'off' } }));
    const quiet = await runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(quiet.code, 0, quiet.stderr);
  } finally {
    removeDir(dir);
  }
  const rules = await runCli(['--list-rules', '--format', 'json']);
  const ids = (JSON.parse(rules.stdout) as { id: string }[]).map((x) => x.id);
  for (const id of ['customer-id-missing', 'customer-id-invalid', 'learning-opt-out-missing', 'webchat-learning-opt-out', 'webchat-user-id-missing', 'training-learning-opt-out', 'app-code-unresolved'])
    assert.ok(ids.includes(id), id);
});
