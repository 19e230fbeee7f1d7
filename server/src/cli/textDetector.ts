// Detection alone, for the two-thread pipeline's detection thread (dist/cli-detect.js): the detectors a file's
// config runs, over texts the main thread sends, with nothing of parsing, findings, fixes or reports. It makes
// the same detections as the engine's `Linter.detect` (the built-in detectors plus the config's custom ones,
// run by `detectInText` with the config's detector options); test/cli/text-detector.test.ts checks that.
// Kept apart from lintFile.ts so the detection bundle holds the detectors and their tables only.
import { resolve } from 'node:path';
import { createCustomDetector } from '../engine/detectors/custom';
import { ALL_DETECTORS } from '../engine/detectors/registry';
import { detectInText } from '../engine/detectors/run';
import type { Detector } from '../engine/detectors/types';
import type { ResolvedConfig } from '../engine/policy/config';
import type { Detection, Role } from '../engine/types';
import { CleanTexts, createCleanTextsBuffer } from './cleanTexts';
import { ConfigResolver } from './configs';
import { KnownTexts } from './knownTexts';
import type { TextBatch } from './pipeline';

/** What the detection thread needs of the run's options. */
export interface DetectJobOptions {
  cwd: string;
  /** --config: every file uses it. */
  config?: string;
}

/** The detectors a config runs, in the engine's order (built-in first, then the config's custom detectors). */
export function detectorsOf(config: ResolvedConfig): Detector[] {
  const custom = config.customDetectors.map(createCustomDetector).filter((d): d is Detector => d !== null);
  return [...ALL_DETECTORS, ...custom];
}

/** Texts with detections remembered by fingerprint (their detections only: no text is kept). */
const KNOWN_TEXTS = 50_000;

/** The fingerprint scope name of a config (by path, '' for the defaults) and role: FileLinter.cleanScope uses it too. */
export const scopeName = (configKey: string, role: string): string => `${configKey}\0${role}`;

export class TextDetector {
  private readonly resolver: ConfigResolver;
  /** Detectors by config path ('' for the defaults); one array per config keeps the runner's plan cached. */
  private readonly detectors = new Map<string, Detector[]>();
  private clean?: CleanTexts;
  private readonly scopes = new Map<string, number>();
  private readonly known = new KnownTexts<Detection[]>(KNOWN_TEXTS);

  constructor(private readonly opts: DetectJobOptions) {
    this.resolver = new ConfigResolver(opts.config ? resolve(opts.cwd, opts.config) : undefined);
  }

  /** Shares the run's table of clean texts: texts found clean here are recorded for the thread that asked. */
  useCleanTexts(buffer: SharedArrayBuffer): void {
    this.clean = new CleanTexts(buffer);
    this.scopes.clear();
  }

  private scope(configKey: string, role: string): number {
    const name = scopeName(configKey, role);
    let s = this.scopes.get(name);
    if (s === undefined) this.scopes.set(name, (s = this.clean ? this.clean.scope(name) : 0));
    return s;
  }

  /** The config that governs a file: its key, detectors and detector options. */
  private configFor(absPath: string) {
    const loaded = this.resolver.forFile(absPath);
    const configKey = loaded.path ?? '';
    let detectors = this.detectors.get(configKey);
    if (!detectors) this.detectors.set(configKey, (detectors = detectorsOf(loaded.config)));
    return { configKey, detectors, options: loaded.config.detectorOptions };
  }

  /**
   * The texts of a file's batch that hold detections (their indexes) and their detections. A text some thread
   * found clean is skipped, one detected here before is found again by its fingerprint; texts found clean are
   * recorded in the run's table (a table of this thread's own when the run shares none).
   */
  detectBatch(absPath: string, batch: TextBatch): { dirty: Int32Array; dets: Detection[][] } {
    const { configKey, detectors, options } = this.configFor(absPath);
    if (!this.clean) this.useCleanTexts(createCleanTextsBuffer());
    const clean = this.clean!;
    const known = this.known;
    const { text, ends, roles, roleNames } = batch;
    const scopes = roleNames.map((r) => this.scope(configKey, r ?? ''));
    const dirty: number[] = [];
    const dets: Detection[][] = [];
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i];
      const t = text.slice(start, end);
      start = end;
      if (clean.has(scopes[roles[i]], t)) continue;
      const a = clean.a;
      const b = clean.b;
      let d = known.get(a, b);
      if (d === undefined) {
        d = detectInText(t, roleNames[roles[i]], undefined, detectors, options);
        if (d.length === 0) {
          clean.addLast();
          continue;
        }
        known.set(a, b, d);
      }
      dirty.push(i);
      dets.push(d);
    }
    return { dirty: Int32Array.from(dirty), dets };
  }

  /** Detections of texts of one file (0 for a text with none), under the config that governs that file. */
  detectTexts(absPath: string, texts: string[], roles: (Role | undefined)[]): (Detection[] | 0)[] {
    const { configKey, detectors, options } = this.configFor(absPath);
    const clean = this.clean;
    const out: (Detection[] | 0)[] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const dets = detectInText(texts[i], roles[i], undefined, detectors, options);
      if (dets.length > 0) {
        out[i] = dets;
        continue;
      }
      out[i] = 0;
      if (clean && !clean.has(this.scope(configKey, roles[i] ?? ''), texts[i])) clean.addLast();
    }
    return out;
  }

  /** Builds the detectors' lazy tables (name dictionaries...) before the first request arrives. */
  warmUp(): void {
    try {
      this.detectTexts(resolve(this.opts.cwd, 'pii-lint-warm-up.txt'), ['hello, my name is Maria Lopez and I live at 12 Main Street'], ['utterance']);
    } catch {
      /* a config problem is reported by the main thread when a file meets it */
    }
  }
}
