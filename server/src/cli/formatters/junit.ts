// JUnit XML: one test case per file, one failure per finding that fails the run; other findings go to system-out.
import type { FileReport } from '../report';
import { atLeast } from '../report';
import type { FormatContext } from './types';

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function formatJunit(reports: FileReport[], ctx: FormatContext): string {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const r of reports) {
    const body: string[] = [];
    if (r.error) {
      errors++;
      body.push(`      <error message="${xml(r.error)}" type="file-error">${xml(`${r.path}: ${r.error}`)}</error>`);
    }
    const other: string[] = [];
    for (const f of r.findings) {
      const line = `${f.path}:${f.line}:${f.column} ${f.severity} ${f.message}${f.masked ? ` (${f.masked})` : ''}${f.value !== undefined ? ` value=${JSON.stringify(f.value)}` : ''} [${f.ruleId}]`;
      if (atLeast(f.severity, ctx.failOn)) {
        failures++;
        body.push(`      <failure message="${xml(f.message)}" type="${xml(f.ruleId)}">${xml(line)}</failure>`);
      } else other.push(line);
    }
    if (other.length) body.push(`      <system-out>${xml(other.join('\n'))}</system-out>`);
    const name = xml(r.path);
    cases.push(body.length ? `    <testcase classname="pii-lint" name="${name}" file="${name}">\n${body.join('\n')}\n    </testcase>` : `    <testcase classname="pii-lint" name="${name}" file="${name}"/>`);
  }
  const head = `tests="${reports.length}" failures="${failures}" errors="${errors}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pii-lint" ${head}>\n  <testsuite name="pii-lint" ${head}>\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
