// The application-code checks beyond the fixture table: the X-Watson-Metadata rules themselves, severities
// from .piilintrc.json, training-data learning_opt_out, the prefilter and files that do not parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeMetadata } from '../../../server/src/engine/appcode/checks';
import { DYNAMIC } from '../../../server/src/engine/appcode/model';
import { createLinter, lintText } from '../../../server/src/engine/lint';
import { resolveConfig } from '../../../server/src/engine/policy';
import { applyEdits } from '../../../server/src/engine/fix';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fixtureFiles } from './expect';

test('X-Watson-Metadata: one customer_id without ; or = is valid, dynamic parts may be anything', () => {
  assert.deepEqual(judgeMetadata('customer_id=abc'), { ok: true });
  assert.deepEqual(judgeMetadata(`customer_id=${DYNAMIC}`), { ok: true });
  assert.deepEqual(judgeMetadata(`customer_id=slack_${DYNAMIC};other=1`), { ok: true });
  assert.deepEqual(judgeMetadata(' customer_id = abc '), { ok: true });
  const rule = (text: string) => {
    const v = judgeMetadata(text);
    return v.ok ? 'ok' : v.rule;
  };
  assert.equal(rule('customer_id=a;b'), 'customer-id-invalid');
  assert.equal(rule('customer_id=a=b'), 'customer-id-invalid');
  assert.equal(rule('customer_id=a;customer_id=b'), 'customer-id-invalid');
  assert.equal(rule(`customer_id=${DYNAMIC};customer_id=${DYNAMIC}`), 'customer-id-invalid');
  assert.equal(rule('user=abc'), 'customer-id-missing');
  assert.equal(rule('customer_id='), 'customer-id-missing');
  assert.equal(rule(DYNAMIC), 'app-code-unresolved');
});

const CALL = `const AssistantV2 = require('ibm-watson/assistant/v2');
const assistant = new AssistantV2({ version: '2021-11-27' });
assistant.message({ assistantId: 'a', sessionId: 's', input: { text: 'hi' } });
`;

test('severities come from the rules of .piilintrc.json (learning opt-out off for Enterprise plans)', () => {
  const defaults = lintText(CALL, { path: 'bot.js' }).findings.map((f) => [f.ruleId, f.severity]);
  assert.deepEqual(defaults, [
    ['customer-id-missing', 'warning'],
    ['learning-opt-out-missing', 'info'],
  ]);
  const config = resolveConfig({ rules: { 'learning-opt-out-missing': 'off', 'customer-id-missing': 'error' } });
  const configured = createLinter(config).lint(CALL, { path: 'bot.js' }).findings.map((f) => [f.ruleId, f.severity]);
  assert.deepEqual(configured, [['customer-id-missing', 'error']]);
});

test('a forced kind reads a file of any name as application code', () => {
  const r = lintText(CALL, { path: 'scripts/bot', kind: 'app-js' });
  assert.equal(r.kind, 'app-js');
  assert.equal(r.findings.length, 2);
});

test('training data with learning_opt_out false is an info with a fix; true is clean', () => {
  const raw = '{\n  "name": "Bank",\n  "language": "en",\n  "intents": [],\n  "learning_opt_out": false\n}\n';
  const r = lintText(raw, { path: 'skill.json' });
  assert.equal(r.kind, 'dialog');
  const f = r.findings.find((x) => x.ruleId === 'training-learning-opt-out');
  assert.ok(f);
  assert.equal(f.severity, 'info');
  assert.equal(raw.slice(f.offset, f.offset + f.length), 'false');
  const fixed = applyEdits(raw, f.fix.edits!);
  assert.match(fixed, /"learning_opt_out": true/);
  assert.equal(lintText(fixed, { path: 'skill.json' }).findings.length, 0);
  assert.equal(lintText(raw.replace('false', 'true'), { path: 'skill.json' }).findings.length, 0);
  const old = lintText('{"intents": [], "learningOptOut": false}', { path: 'old.json' });
  assert.deepEqual(old.findings.map((x) => x.ruleId), ['training-learning-opt-out']);
});

test('files that never mention the assistant are not parsed; unparsable files give a hint, never an error', () => {
  const silent = lintText('export const x = client.send({ text: "hi" });\n', { path: 'a.ts' });
  assert.equal(silent.kind, 'app-js');
  assert.deepEqual(silent.counts, { messageCalls: 0, webChats: 0 });
  const broken = lintText('const assistant = ;;; ((( {{{ "unterminated\n', { path: 'b.js' });
  assert.ok(broken.findings.every((f) => f.severity === 'hint'));
  assert.equal(broken.problems.length, 0);
  const empty = lintText('', { path: 'c.py' });
  assert.equal(empty.findings.length + empty.problems.length, 0);
});

test('offsets stay exact with CRLF line ends and characters outside the BMP', () => {
  const raw = CALL.replace(/\n/g, '\r\n').replace("'hi'", "'hi 😀'");
  const r = lintText(raw, { path: 'bot.js' });
  const f = r.findings[0];
  assert.equal(raw.slice(f.offset, f.offset + f.length), 'assistant.message');
  const py = "# 😀\r\nfrom ibm_watson import AssistantV2\r\na = AssistantV2(version='x')\r\na.message(assistant_id='a', session_id='s')\r\n";
  const p = lintText(py, { path: 'bot.py' }).findings[0];
  assert.equal(py.slice(p.offset, p.offset + p.length), 'a.message');
});

test('bad input: random cuts and insertions in the fixtures never throw, never add problems, never break ranges', () => {
  const linter = createLinter();
  const sources = fixtureFiles().map((f) => ({ path: f, raw: readFileSync(f, 'utf8') }));
  fc.assert(
    fc.property(fc.nat(sources.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), (i, at, len, insert) => {
      const { path, raw } = sources[i];
      const cut = at % raw.length;
      const mutated = raw.slice(0, cut) + insert + raw.slice(Math.min(raw.length, cut + (len % 40)));
      const r = linter.lint(mutated, { path });
      assert.equal(r.problems.length, 0);
      for (const f of r.findings) {
        assert.ok(f.offset >= 0 && f.offset + f.length <= mutated.length);
        if (f.fix.edits) applyEdits(mutated, f.fix.edits);
      }
    }),
    { numRuns: 300, seed: 8 },
  );
});
