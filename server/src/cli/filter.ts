// Per-file treatment of findings, done in the thread that lints the file: the baseline suppresses what it
// records (or --update-baseline counts everything), --quiet drops what does not fail the run, the totals are
// counted, and the kept rows leave as JSON lines (one string per part: nothing to re-parse or re-count on the
// main thread, which only stores or spills them).
import type { Severity } from '../engine/types';
import { baselineKey } from './baseline';
import { atLeast, type FileMeta, type FilePart } from './report';
import { jsonFinding } from './formatters/json';
import { R, rowToFinding, type Row } from './toReport';

export type Counts = Record<Severity, number>;

export interface FilterSettings {
  /** Count findings into a new baseline instead of reporting them. */
  updateBaseline: boolean;
  quiet: boolean;
  failOn: Severity;
  /** Render kept findings for this format (each ends with ",\n") instead of serialising rows. */
  render?: 'json';
}

/** What a file's `done` carries besides its metadata. */
export interface FileStats {
  /** Findings after the baseline (the exit code counts these). */
  all: Counts;
  /** Findings in the report (after --quiet). */
  shown: Counts;
  baselined: number;
  /** --update-baseline: this file's findings by rule NUL hash. */
  counted?: [string, number][];
  /** First row of every rule id seen in the file (rule catalogues). */
  rules: Row[];
}

/** A part ready for the report: kept rows as JSON lines (each ending in a newline), or rendered findings. */
export interface ReadyPart {
  file: number;
  lines?: string;
  /** Rendered findings, UTF-8 encoded by the lint thread: off the JavaScript heap, moved (not copied) to the
   * main thread, written out as they are. */
  bytes?: Uint8Array;
  diff?: string;
  done?: FileMeta & { stats: FileStats };
}

export const zeroCounts = (): Counts => ({ error: 0, warning: 0, info: 0, hint: 0 });

const utf8 = new TextEncoder();

class FileFilter {
  readonly all = zeroCounts();
  readonly shown = zeroCounts();
  baselined = 0;
  private readonly counted = new Map<string, number>();
  private readonly rules = new Map<string, Row>();

  constructor(
    private readonly s: FilterSettings,
    private readonly path: string,
    private readonly left: Map<string, number> | undefined,
  ) {}

  take(rows: Row[]): string {
    // Pieces joined once: one flat string per part, not a chain of small strings.
    const out: string[] = [];
    for (const row of rows) {
      const ruleId = row[R.ruleId];
      if (ruleId !== 'parse-error' && (this.s.updateBaseline || this.left)) {
        const k = baselineKey(ruleId, row[R.valueHash], row[R.fieldPath]);
        if (this.s.updateBaseline) {
          this.counted.set(k, (this.counted.get(k) ?? 0) + 1);
          this.baselined++;
          continue;
        }
        const n = this.left!.get(k) ?? 0;
        if (n > 0) {
          this.left!.set(k, n - 1);
          this.baselined++;
          continue;
        }
      }
      const severity = row[R.severity];
      this.all[severity]++;
      if (this.s.quiet && !atLeast(severity, this.s.failOn)) continue;
      this.shown[severity]++;
      if (!this.rules.has(ruleId)) this.rules.set(ruleId, row);
      out.push(this.s.render === 'json' ? jsonFinding(rowToFinding(row, this.path)) + ',\n' : JSON.stringify(row) + '\n');
    }
    return out.join('');
  }

  stats(): FileStats {
    const st: FileStats = { all: this.all, shown: this.shown, baselined: this.baselined, rules: [...this.rules.values()] };
    if (this.s.updateBaseline) st.counted = [...this.counted];
    return st;
  }
}

/**
 * Wraps a sink of ready parts into a sink of raw parts. `baselineFor` gives a file's baseline share by its
 * display path (a copy is consumed); `pathOf` maps a file index to that path.
 */
export function filterParts(
  s: FilterSettings,
  baselineFor: (path: string) => Map<string, number> | undefined,
  pathOf: (file: number) => string,
  sink: (part: ReadyPart) => void,
): (part: FilePart) => void {
  const open = new Map<number, FileFilter>();
  return (part) => {
    let f = open.get(part.file);
    if (!f) {
      const path = pathOf(part.file);
      const share = baselineFor(path);
      open.set(part.file, (f = new FileFilter(s, path, share ? new Map(share) : undefined)));
    }
    const ready: ReadyPart = { file: part.file };
    if (part.rows?.length) {
      const lines = f.take(part.rows);
      // A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
      if (lines && s.render === 'json') ready.bytes = utf8.encode(lines);
      else if (lines) ready.lines = lines;
    }
    if (part.diff) ready.diff = part.diff;
    if (part.done) {
      ready.done = { ...part.done, stats: f.stats() };
      open.delete(part.file);
    }
    if (ready.lines || ready.bytes || ready.diff || ready.done) sink(ready);
  };
}
