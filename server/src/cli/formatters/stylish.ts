// Human-readable output grouped by file: `line:col severity message (masked preview) rule-id`, then a summary.
import type { Severity } from '../../engine/types';
import type { RunView } from '../collector';
import type { ReportFinding } from '../report';
import type { FormatContext } from './types';

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 } as const;

function paint(on: boolean, style: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

const SEVERITY_STYLE: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function message(f: ReportFinding): string {
  return f.message + (f.value !== undefined ? `: ${JSON.stringify(f.value)}` : f.masked ? ` (${f.masked})` : '');
}

export function* formatStylish(view: RunView, ctx: FormatContext): Generator<string> {
  const c = ctx.color;
  for (const r of view.files) {
    if (r.count === 0 && !r.error && !r.hasDiff) continue;
    yield paint(c, 'underline', r.path) + '\n';
    if (r.error) yield `  ${paint(c, 'red', 'error'.padEnd(8))} ${r.error}  ${paint(c, 'gray', 'file-error')}\n`;
    // Two passes over the file's findings (they may be on disk): the widest position first, then the lines.
    let w0 = 0;
    for (const f of r.findings()) w0 = Math.max(w0, `${f.line}:${f.column}`.length);
    let lines: string[] = [];
    for (const f of r.findings()) {
      const pos = `${f.line}:${f.column}`;
      lines.push(`  ${paint(c, 'gray', pos.padEnd(w0))}  ${paint(c, SEVERITY_STYLE[f.severity], f.severity.padEnd(7))}  ${message(f)}  ${paint(c, 'gray', f.ruleId)}\n`);
      if (lines.length >= 512) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length) yield lines.join('');
    if (r.hasDiff) {
      // The diff's last line break is dropped, as trimEnd() did on the whole diff.
      let pending = '';
      for (const d of r.diff()) {
        if (pending) yield pending;
        pending = d;
      }
      yield pending.trimEnd() + '\n';
    }
    yield '\n';
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
    yield paint(
      c,
      'bold', `${mark} ${plural(total, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info, ${plural(s.hints, 'hint')})${tail}`,
    ) + '\n';
  } else {
    yield `${paint(c, 'green', '✔')} no findings in ${plural(s.files, 'file')}${tail}\n`;
  }
}
