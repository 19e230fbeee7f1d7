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
import type { FileMeta, FilePart } from './report';
import { detach, toRows } from './toReport';

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

/** The unified diff of one chunk's hunks: the file header only on the first piece. */
function diffPiece(path: string, hunks: StructuredPatch['hunks'], withHeader: boolean): string {
  const text = tidy(formatPatch({ oldFileName: `a/${path}`, newFileName: `b/${path}`, oldHeader: '', newHeader: '', hunks }));
  return withHeader ? text : text.slice(text.indexOf('\n@@') + 1);
}

/**
 * Lints a big utterance log chunk by chunk and emits each chunk's rows (and dry-run diff) as soon as it is
 * done, then the file's metadata: nothing of the file is kept between chunks.
 */
export function lintStream(absPath: string, path: string, kindPath: string, linter: Linter, opts: LintJobOptions, emit: (part: Omit<FilePart, 'file'>) => void): void {
  const csv = extname(absPath).toLowerCase() !== '.txt';
  const lintOpts = { path: kindPath, kind: 'utterances' as const };
  let header = '';
  let offsetBase = 0;
  let lineBase = 0;
  let fixed = 0;
  let diffStarted = false;
  let error: string | undefined;
  const syntheticHashes = new Map<string, string>();
  const writing = opts.fix && !opts.dryRun;
  const target = writing ? realpathSync(absPath) : '';
  const tmp = `${target}.pii-lint-${process.pid}.tmp`;
  const out = writing ? openSync(tmp, 'w') : -1;

  const processPiece = (piece: string, first: boolean) => {
    if (piece.length === 0) return;
    if (first) header = detach(firstLine(piece));
    const prefix = first ? '' : header;
    const text = prefix + piece;
    let result: LintResult = linter.lint(text, lintOpts);
    let newText = text;
    let diff: string | undefined;
    if (opts.fix) {
      const fx = fixDocument(text, result, (t) => linter.lint(t, lintOpts), opts.fixStrategy, opts.fixThreshold, prefix.length);
      if (fx.error) error = fx.error;
      if (fx.fixed > 0) {
        fixed += fx.fixed;
        for (const f of fx.syntheticFlagged) syntheticHashes.set(f.fix.valueHash, f.entity);
        if (opts.dryRun) {
          const before = opts.showValues ? text : maskFindings(text, result);
          const after = opts.showValues ? fx.text : maskFindings(fx.text, fx.result, fx.written);
          const p = structuredPatch(path, path, before.slice(prefix.length), after.slice(prefix.length), '', '', { context: 2 });
          const hunks = p.hunks.map((h) => ({ ...h, oldStart: h.oldStart + lineBase, newStart: h.newStart + lineBase }));
          if (hunks.length > 0) {
            diff = diffPiece(path, hunks, !diffStarted);
            diffStarted = true;
          }
        }
        result = fx.result;
        newText = fx.text;
      }
    }
    const body = newText.slice(prefix.length);
    const lines = new LineIndex(body, lineBase);
    // Field paths number the chunk's lines (the repeated header first): shift them to the file's lines.
    const lineShift = lineBase - (prefix ? 1 : 0);
    const rows = toRows(result, { raw: newText, showValues: opts.showValues, offsetBase, skipBefore: prefix.length, lines, lineShift, config: linter.config });
    if (writing) writeSync(out, body);
    offsetBase += body.length;
    lineBase += lines.breaks;
    // The engine's per-text cache keys are slices of this chunk: clearing it lets the chunk be collected.
    linter.clearCache();
    if (rows.length > 0 || diff) emit({ rows, diff });
  };

  const done = (meta: Partial<FileMeta>) => emit({ done: { path, kind: 'utterances', ...meta } });
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
    return done({ error: `could not read or write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
  }
  const meta: Partial<FileMeta> = {};
  if (error) meta.error = error;
  if (fixed > 0) meta.fixed = fixed;
  if (syntheticHashes.size > 0) meta.syntheticHashes = [...syntheticHashes].map(([hash, entity]) => ({ hash, entity }));
  done(meta);
}
