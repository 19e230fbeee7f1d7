// Table-driven test over test/fixtures/appcode: every fixture file says, with `expect:` comments on a line (or
// `expect-next-line:` on the line before), which rules the application-code checks report there; every other
// line must stay clean. Each quick fix is then applied and must remove its finding and keep the file parseable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as babelParse } from '@babel/parser';
import { parser as pythonParser } from '@lezer/python';
import { createLinter } from '../../../server/src/engine/lint';
import { applyEdits } from '../../../server/src/engine/fix';
import type { Finding } from '../../../server/src/engine/types';
import { APPCODE_FIXTURES, expectations, fixtureFiles } from './expect';

const ROOT = APPCODE_FIXTURES;
const linter = createLinter();

function lineOf(raw: string, offset: number): number {
  return raw.slice(0, offset).split('\n').length;
}

function actual(raw: string, findings: Finding[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of findings) {
    const line = lineOf(raw, f.offset);
    out.set(line, [...(out.get(line) ?? []), f.ruleId].sort());
  }
  return out;
}

function sorted(m: Map<number, string[]>): [number, string[]][] {
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

/** Syntax errors of the file in its language (what a fix must never add). */
function syntaxErrors(path: string, text: string): number {
  if (path.endsWith('.py')) {
    let errors = 0;
    pythonParser.parse(text).iterate({ enter: (n) => void (n.type.isError && errors++) });
    return errors;
  }
  if (/\.(m|c)?(j|t)sx?$/.test(path)) {
    const plugins: ('typescript' | 'jsx')[] = path.endsWith('.ts') ? ['typescript'] : path.endsWith('.tsx') ? ['typescript', 'jsx'] : ['jsx'];
    try {
      babelParse(text, { sourceType: 'module', plugins });
      return 0;
    } catch {
      return 1;
    }
  }
  return 0;
}

const files = fixtureFiles(ROOT).sort();

test('there are fixtures for every language', () => {
  const kinds = new Set(files.map((f) => linter.lint(readFileSync(f, 'utf8'), { path: f }).kind));
  assert.deepEqual([...kinds].sort(), ['app-html', 'app-js', 'app-python', 'app-shell']);
});

for (const file of files) {
  const name = relative(ROOT, file);
  const raw = readFileSync(file, 'utf8');

  test(`${name}: findings match the expect comments`, () => {
    const result = linter.lint(raw, { path: file });
    const positives = [...expectations(raw).values()].flat().length;
    assert.ok(positives > 0, 'each fixture has positive cases');
    assert.deepEqual(sorted(actual(raw, result.findings)), sorted(expectations(raw)));
    for (const f of result.findings) {
      assert.match(f.fieldPath, /^(file|.+ #\d+)$/, f.fieldPath);
      assert.ok(f.message.length > 20);
    }
  });

  test(`${name}: every quick fix removes its finding and keeps the file parseable`, () => {
    const result = linter.lint(raw, { path: file });
    const before = syntaxErrors(file, raw);
    for (const f of result.findings) {
      if (!f.fix.edits) continue;
      const fixed = applyEdits(raw, f.fix.edits);
      const after = linter.lint(fixed, { path: file });
      const count = (r: { findings: Finding[] }) => r.findings.filter((x) => x.ruleId === f.ruleId).length;
      assert.equal(count(after), count(result) - 1, `fix of ${f.ruleId} at line ${lineOf(raw, f.offset)}:\n${f.fix.edits.map((e) => e.newText).join('|')}`);
      assert.equal(syntaxErrors(file, fixed), before, `fix of ${f.ruleId} at line ${lineOf(raw, f.offset)} broke the syntax`);
    }
  });
}
