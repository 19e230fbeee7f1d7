// Human-readable output grouped by file: `line:col severity message (masked preview) rule-id`, then a summary.
import type { Severity } from '../../engine/types';
import type { FileReport } from '../report';
import type { FormatContext } from './types';

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 } as const;

function paint(on: boolean, style: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

const SEVERITY_STYLE: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatStylish(reports: FileReport[], ctx: FormatContext): string {
  const c = ctx.color;
  const out: string[] = [];
  for (const r of reports) {
    if (r.findings.length === 0 && !r.error && !r.diff) continue;
    out.push(paint(c, 'underline', r.path));
    if (r.error) out.push(`  ${paint(c, 'red', 'error'.padEnd(8))} ${r.error}  ${paint(c, 'gray', 'file-error')}`);
    const rows = r.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity,
      f.message + (f.value !== undefined ? `: ${JSON.stringify(f.value)}` : f.masked ? ` (${f.masked})` : ''),
      f.ruleId,
    ]);
    const w0 = Math.max(0, ...rows.map((x) => x[0].length));
    for (const [pos, sev, msg, rule] of rows) {
      out.push(`  ${paint(c, 'gray', pos.padEnd(w0))}  ${paint(c, SEVERITY_STYLE[sev as Severity], sev.padEnd(7))}  ${msg}  ${paint(c, 'gray', rule)}`);
    }
    if (r.diff) out.push(r.diff.trimEnd());
    out.push('');
  }
  const s = ctx.summary;
  const total = s.errors + s.warnings + s.infos + s.hints;
  const notes: string[] = [];
  if (s.fixed > 0) notes.push(`${plural(s.fixed, 'value')} fixed`);
  if (s.baselined > 0) notes.push(`${s.baselined} in the baseline`);
  if (s.unreadable > 0) notes.push(`${plural(s.unreadable, 'file')} could not be checked`);
  const tail = notes.length ? `; ${notes.join(', ')}` : '';
  if (total > 0 || s.unreadable > 0) {
    const mark = s.errors > 0 || s.unreadable > 0 ? paint(c, 'red', '✖') : paint(c, 'yellow', '⚠');
    out.push(
      paint(c, 'bold', `${mark} ${plural(total, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info, ${plural(s.hints, 'hint')})${tail}`),
    );
  } else {
    out.push(`${paint(c, 'green', '✔')} no findings in ${plural(s.files, 'file')}${tail}`);
  }
  return out.join('\n') + '\n';
}
