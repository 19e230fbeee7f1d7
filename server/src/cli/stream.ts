// Large utterance logs are linted in chunks of whole lines (whole records for CSV, quotes respected) so memory
// stays flat. Each chunk after the first is linted with the file's first line in front of it (so a CSV header
// is seen the same way), and findings in that repeated line are dropped. Offsets and lines stay exact across chunks.
import { closeSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { extname } from 'node:path';
import { formatPatch, structuredPatch, type StructuredPatch } from 'diff';
import type { Linter } from '../engine/lint';
import { maskFindings, tidy } from './diffs';
import type { LintResult } from '../engine/types';
import { fixDocument } from './fixer';
import { LineIndex } from './lines';
import type { LintJobOptions } from './lintFile';
import type { FileReport, ReportFinding } from './report';
import { toReportFindings } from './toReport';

/** End of the last complete record in `text` (index after its line break), or 0 when there is none. */
export function lastRecordEnd(text: string, csv: boolean): number {
  if (!csv) return text.lastIndexOf('\n') + 1;
  let inQuotes = false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) last = i + 1;
  }
  return last;
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? '' : text.slice(0, nl + 1);
}

/** Synchronous chunked reading (the worker and the main thread both run files synchronously). */
function* readChunks(path: string, bytes: number): Generator<string> {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const buf = Buffer.alloc(bytes);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, bytes, null);
      if (n === 0) break;
      yield decoder.decode(buf.subarray(0, n), { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    closeSync(fd);
  }
}

export function lintStream(absPath: string, path: string, kindPath: string, linter: Linter, opts: LintJobOptions): FileReport {
  const csv = extname(absPath).toLowerCase() !== '.txt';
  const lintOpts = { path: kindPath, kind: 'utterances' as const };
  const findings: ReportFinding[] = [];
  const hunks: StructuredPatch['hunks'] = [];
  let header = '';
  let offsetBase = 0;
  let lineBase = 0;
  let fixed = 0;
  let error: string | undefined;
  const syntheticHashes: { hash: string; entity: string }[] = [];
  const writing = opts.fix && !opts.dryRun;
  const target = writing ? realpathSync(absPath) : '';
  const tmp = `${target}.pii-lint-${process.pid}.tmp`;
  const out = writing ? openSync(tmp, 'w') : -1;

  const processPiece = (piece: string, first: boolean) => {
    if (piece.length === 0) return;
    if (first) header = firstLine(piece);
    const prefix = first ? '' : header;
    const text = prefix + piece;
    let result: LintResult = linter.lint(text, lintOpts);
    let newText = text;
    if (opts.fix) {
      const fx = fixDocument(text, result, (t) => linter.lint(t, lintOpts), opts.fixStrategy, opts.fixThreshold, prefix.length);
      if (fx.error) error = fx.error;
      if (fx.fixed > 0) {
        fixed += fx.fixed;
        for (const f of fx.syntheticFlagged) syntheticHashes.push({ hash: f.fix.valueHash, entity: f.entity });
        if (opts.dryRun) {
          const before = opts.showValues ? text : maskFindings(text, result);
          const after = opts.showValues ? fx.text : maskFindings(fx.text, fx.result, fx.written);
          const p = structuredPatch(path, path, before.slice(prefix.length), after.slice(prefix.length), '', '', { context: 2 });
          for (const h of p.hunks) hunks.push({ ...h, oldStart: h.oldStart + lineBase, newStart: h.newStart + lineBase });
        }
        result = fx.result;
        newText = fx.text;
      }
    }
    const body = newText.slice(prefix.length);
    const lines = new LineIndex(body, lineBase);
    findings.push(...toReportFindings(result, { path, raw: newText, showValues: opts.showValues, offsetBase, skipBefore: prefix.length, lines, config: linter.config }));
    if (writing) writeSync(out, body);
    offsetBase += body.length;
    lineBase += lines.breaks;
    // The engine's per-text cache keys are slices of this chunk: clearing it lets the chunk be collected.
    linter.clearCache();
  };

  try {
    let carry = '';
    let first = true;
    for (const chunk of readChunks(absPath, Math.max(4096, opts.chunkChars))) {
      carry += chunk;
      if (carry.length < opts.chunkChars) continue;
      const cut = lastRecordEnd(carry, csv);
      if (cut === 0) continue;
      processPiece(carry.slice(0, cut), first);
      first = false;
      carry = carry.slice(cut);
    }
    processPiece(carry, first);
    if (writing) {
      closeSync(out);
      chmodSync(tmp, statSync(target).mode & 0o7777);
      renameSync(tmp, target);
    }
  } catch (e) {
    if (writing) {
      try {
        closeSync(out);
      } catch {
        /* already closed */
      }
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing to clean */
      }
    }
    return { path, kind: 'utterances', findings, error: `could not read or write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const report: FileReport = { path, kind: 'utterances', findings };
  if (error) report.error = error;
  if (fixed > 0) report.fixed = fixed;
  if (syntheticHashes.length > 0) report.syntheticHashes = syntheticHashes;
  if (hunks.length > 0) report.diff = tidy(formatPatch({ oldFileName: `a/${path}`, newFileName: `b/${path}`, oldHeader: '', newHeader: '', hunks }));
  return report;
}
