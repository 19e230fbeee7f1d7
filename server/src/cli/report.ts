// The CLI's report model: what every formatter, the baseline and the exit code are computed from.
// Raw values appear only in `value`, which is set only with --show-values.
import type { Category, FileKind, Severity } from '../engine/types';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export interface ReportFinding {
  path: string;
  ruleId: string;
  entity: string;
  category: Category;
  severity: Severity;
  confidence: number;
  /** 1-based, UTF-16 columns. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offset and length in the raw file. */
  offset: number;
  length: number;
  fieldPath: string;
  message: string;
  /** Masked preview, never the value. */
  masked: string;
  /** Salted hash of the normalised value (baselines, fingerprints). */
  valueHash: string;
  testValue?: boolean;
  /** The raw value, only with --show-values. */
  value?: string;
}

export interface FileReport {
  path: string;
  kind: FileKind | null;
  findings: ReportFinding[];
  /** The file could not be read or written; the run fails. */
  error?: string;
  /** Number of values replaced by --fix (or that would be, with --dry-run). */
  fixed?: number;
  /** Unified diff for --dry-run (masked unless --show-values). */
  diff?: string;
  /** Hashes of synthetic values this run wrote that the detectors still flag; recorded in the allow-list. */
  syntheticHashes?: { hash: string; entity: string }[];
  /** Findings suppressed by the baseline. */
  baselined?: number;
}

export interface Summary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  unreadable: number;
  fixed: number;
  baselined: number;
}

export function summarize(files: readonly FileReport[]): Summary {
  const s: Summary = { files: files.length, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, unreadable: 0, fixed: 0, baselined: 0 };
  for (const f of files) {
    if (f.findings.length > 0) s.filesWithFindings++;
    if (f.error) s.unreadable++;
    s.fixed += f.fixed ?? 0;
    s.baselined += f.baselined ?? 0;
    for (const x of f.findings) {
      if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else if (x.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}
