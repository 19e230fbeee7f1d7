// The CLI's report model: what every formatter, the baseline and the exit code are computed from.
// Raw values appear only in `value`, which is set only with --show-values.
import type { Category, FileKind, Severity } from '../engine/types';
import type { Row } from './toReport';

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

/** What a lint thread reports about one file once it is finished (its findings come as rows before it). */
export interface FileMeta {
  path: string;
  kind: FileKind | null;
  /** The file could not be read or written; the run fails. */
  error?: string;
  /** Number of values replaced by --fix (or that would be, with --dry-run). */
  fixed?: number;
  /** Hashes of synthetic values this run wrote that the detectors still flag; recorded in the allow-list. */
  syntheticHashes?: { hash: string; entity: string }[];
  /** The config file that governs the file (where synthetic hashes are recorded). */
  configPath?: string;
}

/**
 * A piece of a file's results, in the order a lint thread produced them: rows (findings) and dry-run diff
 * text, possibly over several parts for a streamed log, then `done`. `file` indexes the run's file list.
 */
export interface FilePart {
  file: number;
  rows?: Row[];
  diff?: string;
  done?: FileMeta;
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

export function emptySummary(): Summary {
  return { files: 0, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, unreadable: 0, fixed: 0, baselined: 0 };
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}
