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
import { toRows } from './toReport';

const LF = 10;
const QUOTE = 34;

/**
 * End of the last complete record in `bytes` (index after its line break), or 0 when there is none. UTF-8 bytes:
 * a line break or a quote is never part of another character's encoding.
 */
export function lastRecordEnd(bytes: Uint8Array, csv: boolean): number {
  if (!csv) return bytes.lastIndexOf(LF) + 1;
  let inQuotes = false;
  let last = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === LF && !inQuotes) last = i + 1;
  }
  return last;
}

/**
 * UTF-16 length of the text that complete UTF-8 sequences in `bytes` decode to (a sequence cut off at the end is
 * left for the next read, as a streaming decoder does): the pieces are cut where they were when the file was
 * decoded as it was read, so a `--dry-run` diff has the same hunks.
 */
function utf16Length(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) n++;
    else if (b >= 0xc0) n += b >= 0xf0 ? 2 : 1;
  }
  // A lead byte whose sequence is not complete yet.
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (size > back) n -= b >= 0xf0 ? 2 : 1;
      break;
    }
  }
  return n;
}

/**
 * The file in pieces of whole records (UTF-8 bytes of at least `chars` UTF-16 units, except the last), read
 * synchronously (the worker and the main thread both run files synchronously). Cut as bytes, each piece decodes
 * to one flat string: no text is built by concatenation and flattened again by the first character read.
 */
function* readPieces(path: string, chars: number, csv: boolean): Generator<Buffer> {
  const bytes = Math.max(4096, chars);
  const fd = openSync(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const buf = Buffer.allocUnsafe(bytes);
      const n = readSync(fd, buf, 0, bytes, null);
      if (n === 0) break;
      carry = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      if (carry.length < chars || utf16Length(carry) < chars) continue;
      const cut = lastRecordEnd(carry, csv);
      if (cut === 0) continue;
      yield carry.subarray(0, cut);
      carry = carry.subarray(cut);
    }
    if (carry.length > 0) yield carry;
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
  let headerBytes = Buffer.alloc(0);
  let headerChars = 0;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
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

  const processPiece = (piece: Buffer, first: boolean) => {
    if (piece.length === 0) return;
    if (first) headerBytes = Buffer.from(piece.subarray(0, piece.indexOf(LF) + 1));
    // The header line goes in front as bytes: the chunk is decoded once, into one flat string.
    const text = decoder.decode(first ? piece : Buffer.concat([headerBytes, piece]));
    if (first) headerChars = decoder.decode(headerBytes).length;
    const prefixLength = first ? 0 : headerChars;
    let result: LintResult = linter.lint(text, lintOpts);
    let newText = text;
    let diff: string | undefined;
    if (opts.fix) {
      const fx = fixDocument(text, result, (t) => linter.lint(t, lintOpts), opts.fixStrategy, opts.fixThreshold, prefixLength);
      if (fx.error) error = fx.error;
      if (fx.fixed > 0) {
        fixed += fx.fixed;
        for (const f of fx.syntheticFlagged) syntheticHashes.set(f.fix.valueHash, f.entity);
        if (opts.dryRun) {
          const before = opts.showValues ? text : maskFindings(text, result);
          const after = opts.showValues ? fx.text : maskFindings(fx.text, fx.result, fx.written);
          const p = structuredPatch(path, path, before.slice(prefixLength), after.slice(prefixLength), '', '', { context: 2 });
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
    const body = newText.slice(prefixLength);
    const lines = new LineIndex(body, lineBase);
    // Field paths number the chunk's lines (the repeated header first): shift them to the file's lines.
    const lineShift = lineBase - (prefixLength > 0 ? 1 : 0);
    const rows = toRows(result, { raw: newText, showValues: opts.showValues, offsetBase, skipBefore: prefixLength, lines, lineShift, config: linter.config });
    if (writing) writeSync(out, body);
    offsetBase += body.length;
    lineBase += lines.breaks;
    // The engine's per-text cache keys are slices of this chunk: clearing it lets the chunk be collected.
    linter.clearCache();
    if (rows.length > 0 || diff) emit({ rows, diff });
  };

  const done = (meta: Partial<FileMeta>) => emit({ done: { path, kind: 'utterances', ...meta } });
  try {
    let first = true;
    for (const piece of readPieces(absPath, opts.chunkChars, csv)) {
      processPiece(piece, first);
      first = false;
    }
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
