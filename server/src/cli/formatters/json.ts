// Machine-readable output with a stable, documented schema (docs/cli.md, "JSON output"). Written piece by piece,
// byte for byte what `JSON.stringify(report, null, 2)` would give, without building the report in memory.
import type { FileView, RunView } from '../collector';
import type { ReportFinding } from '../report';
import type { FormatContext } from './types';

export const JSON_SCHEMA_VERSION = 1;

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

const q = JSON.stringify;

/** One finding as it appears in the report's `findings` array (lint threads render these for `--format json`). */
export function jsonFinding(f: ReportFinding): string {
  let s =
    `    {\n      "path": ${q(f.path)},\n      "ruleId": ${q(f.ruleId)},\n      "entity": ${q(f.entity)},\n` +
    `      "category": ${q(f.category)},\n      "severity": ${q(f.severity)},\n      "confidence": ${q(f.confidence)},\n` +
    `      "line": ${f.line},\n      "column": ${f.column},\n      "endLine": ${f.endLine},\n      "endColumn": ${f.endColumn},\n` +
    `      "offset": ${f.offset},\n      "length": ${f.length},\n      "fieldPath": ${q(f.fieldPath)},\n` +
    `      "message": ${q(f.message)},\n      "masked": ${q(f.masked)},\n      "valueHash": ${q(f.valueHash)}`;
  if (f.testValue) s += `,\n      "testValue": true`;
  if (f.value !== undefined) s += `,\n      "value": ${q(f.value)}`;
  return s + '\n    }';
}

function* fileEntry(r: FileView): Generator<string> {
  yield `    {\n      "path": ${q(r.path)},\n      "kind": ${q(r.kind)},\n      "findings": ${r.count}`;
  if (r.error) yield `,\n      "error": ${q(r.error)}`;
  if (r.fixed) yield `,\n      "fixed": ${r.fixed}`;
  if (r.baselined) yield `,\n      "baselined": ${r.baselined}`;
  if (r.hasDiff) {
    // The diff arrives in pieces cut at line ends; escaping each piece is escaping the whole.
    yield ',\n      "diff": "';
    for (const d of r.diff()) yield q(d).slice(1, -1);
    yield '"';
  }
  yield '\n    }';
}

const COMMA_NEWLINE = 2;

export function* formatJson(view: RunView, ctx: FormatContext): Generator<string | Uint8Array> {
  yield `{\n  "schemaVersion": ${JSON_SCHEMA_VERSION},\n  "tool": ${nested({ name: 'pii-lint', version: ctx.version }, 1)},\n`;
  yield `  "summary": ${nested(ctx.summary, 1)},\n  "findings": [`;
  let first = true;
  if (ctx.rendered === 'json') {
    // Each rendered finding ends with ",\n" (two bytes, two characters): hold the last piece back to drop the
    // final comma. Pieces (text or UTF-8 bytes) are never empty.
    let pending: string | Uint8Array = '\n';
    for (const r of view.files) {
      if (r.count === 0) continue;
      for (const piece of r.text()) {
        yield pending;
        pending = piece;
        first = false;
      }
    }
    const end = pending.length - COMMA_NEWLINE;
    if (!first) yield typeof pending === 'string' ? pending.slice(0, end) : pending.subarray(0, end);
  } else {
    for (const r of view.files) {
      if (r.count === 0) continue;
      for (const f of r.findings()) {
        yield (first ? '\n' : ',\n') + jsonFinding(f);
        first = false;
      }
    }
  }
  yield first ? '],\n  "files": [' : '\n  ],\n  "files": [';
  first = true;
  for (const r of view.files) {
    yield first ? '\n' : ',\n';
    yield* fileEntry(r);
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}
