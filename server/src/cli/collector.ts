// Gathers the run's results as lint threads produce them, file by file and in any file order. The rows arrive
// already filtered (baseline, --quiet) and serialised as JSON lines by the thread that linted the file; here
// they are only held, or spilled to a temporary file past a limit, and read back when the report is written.
// Nothing here grows with the number of findings except the spill file (and --update-baseline's counts).
import type { BaselineCounts } from './baseline';
import type { Severity } from '../engine/types';
import { zeroCounts, type Counts, type FileStats, type ReadyPart } from './filter';
import { atLeast, emptySummary, type FileMeta, type ReportFinding, type Summary } from './report';
import { SpillFile, type SpillRange } from './spill';
import { rowToFinding, type Row } from './toReport';

export interface CollectorOptions {
  failOn: Severity;
  /** Report files that are not training data too (standard input). */
  keepAll: boolean;
  /** Characters of rows and diffs held in memory before they are spilled to disk (see `spillChars`). */
  spillChars: number;
}

interface Entry {
  /** JSON lines, or findings rendered for the format (strings from this thread, bytes from the others). */
  rows: (string | Uint8Array | SpillRange)[];
  diff: (string | SpillRange)[];
  meta?: FileMeta & { stats: FileStats };
}

/** What a formatter reads: one file of the report. */
export interface FileView {
  path: string;
  kind: FileMeta['kind'];
  error?: string;
  fixed?: number;
  baselined?: number;
  /** Findings shown in the report. */
  count: number;
  hasDiff: boolean;
  findings(): Iterable<ReportFinding>;
  /** The file's findings as the lint thread rendered them (when rendering for the format): UTF-8 bytes or text. */
  text(): Iterable<string | Uint8Array>;
  diff(): Iterable<string>;
}

export interface RunView {
  /** Reported files, sorted by path. */
  files: FileView[];
  /** Totals after the baseline (exit code, --max-warnings). */
  summary: Summary;
  /** Totals of what the report shows (after --quiet). */
  shownSummary: Summary;
  /** True when a file failed or a finding is at or above --fail-on. */
  failing: boolean;
  /** First finding seen of every rule id that occurs (entity, category, severity), for rule catalogues. */
  rulesSeen: Map<string, ReportFinding>;
  /** Files left out of the report because they are no kind we read (not training data or application code). */
  unrecognised: number[];
}

const total = (c: Counts) => c.error + c.warning + c.info + c.hint;

export class Collector {
  private readonly entries = new Map<number, Entry>();
  private readonly spill = new SpillFile();
  /** --update-baseline: counts by path. */
  readonly newBaseline: BaselineCounts = new Map();
  private held = 0;

  /** Lowered while a big log streams, so the main thread's heap stays small next to the streaming worker. */
  spillChars: number;

  constructor(private readonly o: CollectorOptions) {
    this.spillChars = o.spillChars;
  }

  accept(part: ReadyPart): void {
    let e = this.entries.get(part.file);
    if (!e) this.entries.set(part.file, (e = { rows: [], diff: [] }));
    if (part.lines) {
      e.rows.push(part.lines);
      this.held += part.lines.length;
    }
    if (part.bytes) {
      e.rows.push(part.bytes);
      this.held += part.bytes.byteLength;
    }
    if (part.diff) {
      e.diff.push(part.diff);
      this.held += part.diff.length;
    }
    if (part.done) {
      e.meta = part.done;
      if (part.done.stats.counted?.length) this.newBaseline.set(part.done.path, new Map(part.done.stats.counted));
      delete part.done.stats.counted;
    }
    if (this.held > this.spillChars) this.spillAll();
  }

  isDone(file: number): boolean {
    return this.entries.get(file)?.meta !== undefined;
  }

  /** Forgets a file's parts (it is linted again from the start). */
  discard(file: number): void {
    const e = this.entries.get(file);
    if (!e) return;
    for (const s of [...e.rows, ...e.diff]) {
      if (typeof s === 'string') this.held -= s.length;
      else if (s instanceof Uint8Array) this.held -= s.byteLength;
    }
    if (e.meta) this.newBaseline.delete(e.meta.path);
    this.entries.delete(file);
  }

  private spillAll(): void {
    const held = (x: string | Uint8Array | SpillRange): x is string | Uint8Array => typeof x === 'string' || x instanceof Uint8Array;
    const lists: (string | Uint8Array | SpillRange)[][] = [];
    const texts: (string | Uint8Array)[] = [];
    for (const e of this.entries.values()) {
      e.diff = e.diff.map((d) => (typeof d === 'string' ? JSON.stringify(d) + '\n' : d));
      for (const list of [e.rows, e.diff]) {
        if (list.some(held)) lists.push(list);
        for (const x of list) if (held(x)) texts.push(x);
      }
    }
    const ranges = this.spill.append(texts);
    let k = 0;
    for (const list of lists) for (let i = 0; i < list.length; i++) if (held(list[i])) list[i] = ranges[k++];
    this.held = 0;
  }

  /** The report, files sorted by path; call once, after every file is done. */
  finish(pathOf: (file: number) => string): RunView {
    const summary = emptySummary();
    const shownSummary = emptySummary();
    const rulesSeen = new Map<string, ReportFinding>();
    const files: FileView[] = [];
    const unrecognised: number[] = [];
    const spill = this.spill;
    for (const [file, e] of this.entries) {
      const meta = e.meta ?? { path: pathOf(file), kind: null, error: 'internal error: no result', stats: { all: zeroCounts(), shown: zeroCounts(), baselined: 0, rules: [] } };
      const st = meta.stats;
      const all = total(st.all);
      if (!this.o.keepAll && meta.kind === null && !meta.error && all === 0 && st.baselined === 0) {
        unrecognised.push(file);
        continue;
      }
      for (const [s, counts] of [[summary, st.all], [shownSummary, st.shown]] as const) {
        const n = total(counts);
        s.files++;
        if (n > 0) s.filesWithFindings++;
        if (meta.error) s.unreadable++;
        s.fixed += meta.fixed ?? 0;
        s.baselined += st.baselined;
        s.errors += counts.error;
        s.warnings += counts.warning;
        s.infos += counts.info;
        s.hints += counts.hint;
      }
      for (const r of st.rules) if (!rulesSeen.has(r[0])) rulesSeen.set(r[0], rowToFinding(r, ''));
      const path = meta.path;
      const rows = e.rows;
      const diff = e.diff;
      files.push({
        path,
        kind: meta.kind,
        error: meta.error,
        fixed: meta.fixed,
        baselined: st.baselined || undefined,
        count: total(st.shown),
        hasDiff: diff.length > 0,
        *findings() {
          for (const s of rows) {
            const lines = typeof s === 'string' ? s.split('\n') : s instanceof Uint8Array ? Buffer.from(s).toString('utf8').split('\n') : spill.lines(s);
            for (const line of lines) if (line) yield rowToFinding(JSON.parse(line) as Row, path);
          }
        },
        *text() {
          for (const s of rows) {
            if (typeof s === 'string' || s instanceof Uint8Array) yield s;
            else yield* spill.text(s);
          }
        },
        *diff() {
          for (const d of diff) {
            if (typeof d === 'string') yield d;
            else for (const line of spill.lines(d)) if (line) yield JSON.parse(line) as string;
          }
        },
      });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const f = this.o.failOn;
    const atOrAbove = summary.errors + (atLeast('warning', f) ? summary.warnings : 0) + (atLeast('info', f) ? summary.infos : 0) + (atLeast('hint', f) ? summary.hints : 0);
    return { files, summary, shownSummary, failing: summary.unreadable > 0 || atOrAbove > 0, rulesSeen, unrecognised };
  }

  /** Synthetic-value hashes to record, by the config file that governs their file. */
  syntheticHashes(): Map<string | undefined, { hash: string; entity: string }[]> {
    const out = new Map<string | undefined, { hash: string; entity: string }[]>();
    for (const e of this.entries.values()) {
      const list = e.meta?.syntheticHashes;
      if (!list?.length) continue;
      const key = e.meta!.configPath;
      const acc = out.get(key) ?? [];
      for (const h of list) acc.push(h);
      out.set(key, acc);
    }
    return out;
  }

  close(): void {
    this.spill.close();
  }
}
