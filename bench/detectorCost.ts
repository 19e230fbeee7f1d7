// `--profile` companion: CPU time of each detector over the same log lines (its prefilters included), next to
// the whole per-text path and whole-document lint(), so the engine's owners see where the time goes.
import { readFileSync } from 'node:fs';
import { createLinter } from '../server/src/engine';
import { ALL_DETECTORS } from '../server/src/engine/detectors/registry';
import { passesPrefilters, shapeOf } from '../server/src/engine/detectors/run';
import type { DetectContext } from '../server/src/engine/detectors/types';
import { DEFAULT_CONFIG } from '../server/src/engine/policy/config';

export interface DetectorCostTask {
  task: 'detector-cost';
  logFile: string;
  maxLines: number;
}

export interface DetectorCost {
  id: string;
  usPerText: number;
  /** Share of texts that got past minDigits and quickCheck into detect(). */
  passRate: number;
  detections: number;
}

export interface DetectorCostResult {
  texts: number;
  bytes: number;
  detectors: DetectorCost[];
  /** linter.detect() per text (all detectors, overlap resolution, no findings). */
  detectUsPerText: number;
  /** linter.findingsForText() per text (detect + policy + findings, masks, fix data). */
  findingsUsPerText: number;
  /** linter.lint() of the whole slice as one utterance log (parse + all of the above). */
  lintUsPerText: number;
}

/** Passes run before timing: V8 needs several passes over 40k lines to reach steady speed (one pass is not enough). */
const WARM_UP_PASSES = 3;
/** Timed passes; the cheapest counts (other work on a shared machine only ever adds time). */
const TIMED_PASSES = 3;

function cpuUs(fn: () => void): number {
  for (let i = 0; i < WARM_UP_PASSES; i++) fn();
  let best = Infinity;
  for (let i = 0; i < TIMED_PASSES; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    best = Math.min(best, d.user + d.system);
  }
  return best;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function runDetectorCost(t: DetectorCostTask): DetectorCostResult {
  const lines = readFileSync(t.logFile, 'utf8').split('\n', t.maxLines).filter((l) => l.length > 0);
  // the one pass's facts once per text (a copy: shapeOf reuses its result object)
  const prepared = lines.map((text) => {
    const shape = shapeOf(text);
    return { text, lower: text.toLowerCase(), digits: digitCount(text), shape: shape && { ...shape } };
  });
  const options = DEFAULT_CONFIG.detectorOptions;
  const detectors: DetectorCost[] = [];
  for (const det of ALL_DETECTORS) {
    let passed = 0;
    let detections = 0;
    const pass = () => {
      passed = 0;
      detections = 0;
      for (const p of prepared) {
        if (!passesPrefilters(det, p.lower, p.text, p.digits, options, p.shape)) continue;
        passed++;
        const ctx: DetectContext = { role: 'utterance', lower: p.lower, options };
        try {
          detections += det.detect(p.text, ctx).length;
        } catch {
          // counted as nothing found, like the runner does
        }
      }
    };
    const us = cpuUs(pass);
    detectors.push({ id: det.id, usPerText: us / prepared.length, passRate: passed / prepared.length, detections });
  }
  detectors.sort((a, b) => b.usPerText - a.usPerText);
  const linter = createLinter(undefined, { cacheSize: 0 });
  const perText = (fn: (s: string) => void) => cpuUs(() => lines.forEach(fn)) / lines.length;
  const detectUsPerText = perText((s) => linter.detect(s, 'utterance'));
  const findingsUsPerText = perText((s) =>
    linter.findingsForText(s, { text: s, role: 'utterance', path: 'line 1', pointer: [0], rawStart: 0, rawEnd: s.length, encoding: 'plain', segments: [{ d: 0, r: 0 }] }),
  );
  const whole = lines.join('\n') + '\n';
  const lintUsPerText = cpuUs(() => linter.lint(whole, { kind: 'utterances' })) / lines.length;
  return { texts: lines.length, bytes: Buffer.byteLength(whole), detectors, detectUsPerText, findingsUsPerText, lintUsPerText };
}

export function renderDetectorCost(r: DetectorCostResult): string {
  const total = r.detectors.reduce((n, d) => n + d.usPerText, 0);
  const mbps = (us: number) => (r.bytes / r.texts / us).toFixed(2);
  return [
    `CPU time per utterance over ${r.texts} log lines (${(r.bytes / 1e6).toFixed(1)} MB), the cheapest of ${TIMED_PASSES} passes after ${WARM_UP_PASSES} warm-up passes.`,
    '',
    '| path | µs per utterance | MB/s equivalent |',
    '|---|---:|---:|',
    `| sum of the detectors alone | ${total.toFixed(1)} | ${mbps(total)} |`,
    `| linter.detect() (runner, overlaps) | ${r.detectUsPerText.toFixed(1)} | ${mbps(r.detectUsPerText)} |`,
    `| linter.findingsForText() (+ policy, findings, fix data) | ${r.findingsUsPerText.toFixed(1)} | ${mbps(r.findingsUsPerText)} |`,
    `| linter.lint() of the whole log (+ parse) | ${r.lintUsPerText.toFixed(1)} | ${mbps(r.lintUsPerText)} |`,
    '',
    '| detector | µs per utterance | share of detector time | texts reaching detect() | detections |',
    '|---|---:|---:|---:|---:|',
    ...r.detectors.map(
      (d) => `| ${d.id} | ${d.usPerText.toFixed(2)} | ${((d.usPerText / total) * 100).toFixed(1)}% | ${(d.passRate * 100).toFixed(1)}% | ${d.detections} |`,
    ),
    '',
  ].join('\n');
}
