// Placeholder: orchestration (parse -> detect -> findings -> policy) lands here.
import type { FileKind, LintResult } from './types';
import { parseDocument } from './formats';

export interface LintOptions {
  path?: string;
  kind?: FileKind;
}

export interface Linter {
  lint(raw: string, opts?: LintOptions): LintResult;
}

export function createLinter(): Linter {
  return { lint: (raw, opts) => lintText(raw, opts) };
}

export function lintText(raw: string, opts: LintOptions = {}): LintResult {
  const doc = parseDocument(raw, opts);
  return { path: opts.path, kind: doc.kind, findings: [], problems: doc.problems, counts: doc.counts };
}
