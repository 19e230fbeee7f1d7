// JUnit XML: one test case per file, one failure per finding that fails the run; other findings go to system-out.
import type { Severity } from '../../engine/types';
import type { FileView, RunView } from '../collector';
import { atLeast, type ReportFinding } from '../report';
import type { FormatContext } from './types';

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function line(f: ReportFinding): string {
  return `${f.path}:${f.line}:${f.column} ${f.severity} ${f.message}${f.masked ? ` (${f.masked})` : ''}${f.value !== undefined ? ` value=${JSON.stringify(f.value)}` : ''} [${f.ruleId}]`;
}

/** One file's <testcase>: failures first, then the findings below the threshold in <system-out>. */
function* testCase(r: FileView, failOn: Severity): Generator<string> {
  const name = xml(r.path);
  let failures = 0;
  for (const f of r.findings()) if (atLeast(f.severity, failOn)) failures++;
  if (!r.error && r.count === 0) {
    yield `    <testcase classname="pii-lint" name="${name}" file="${name}"/>\n`;
    return;
  }
  yield `    <testcase classname="pii-lint" name="${name}" file="${name}">\n`;
  if (r.error) yield `      <error message="${xml(r.error)}" type="file-error">${xml(`${r.path}: ${r.error}`)}</error>\n`;
  if (failures > 0)
    for (const f of r.findings()) if (atLeast(f.severity, failOn)) yield `      <failure message="${xml(f.message)}" type="${xml(f.ruleId)}">${xml(line(f))}</failure>\n`;
  if (failures < r.count) {
    yield '      <system-out>';
    let first = true;
    for (const f of r.findings()) {
      if (atLeast(f.severity, failOn)) continue;
      yield (first ? '' : '\n') + xml(line(f));
      first = false;
    }
    yield '</system-out>\n';
  }
  yield '    </testcase>\n';
}

export function* formatJunit(view: RunView, ctx: FormatContext): Generator<string> {
  const s = ctx.summary;
  const f = ctx.failOn;
  const failures = s.errors + (atLeast('warning', f) ? s.warnings : 0) + (atLeast('info', f) ? s.infos : 0) + (atLeast('hint', f) ? s.hints : 0);
  const head = `tests="${view.files.length}" failures="${failures}" errors="${s.unreadable}"`;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pii-lint" ${head}>\n  <testsuite name="pii-lint" ${head}>\n`;
  for (const r of view.files) yield* testCase(r, f);
  yield '  </testsuite>\n</testsuites>\n';
}
