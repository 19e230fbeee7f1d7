// Two lint threads split the work by stage, not by file: this thread reads, parses, looks texts up, builds
// findings and rows; one worker thread runs detection on the texts nobody has seen yet. Split by file, both
// threads would run (and have V8 compile) every stage, and most of a short run's CPU goes to that warm-up:
// split by stage, each thread warms up only its own half. Requests travel ahead of the results (a window of
// files), so neither thread waits for the other while there is work; results come back in request order.
// The detection thread runs dist/cli-detect.js (detectWorker.ts): the detectors without the rest of the engine.
import type { Worker } from 'node:worker_threads';
import type { Detection, ParsedDocument, Role } from '../engine/types';
import { CleanTexts, createCleanTextsBuffer } from './cleanTexts';
import { KnownTexts } from './knownTexts';
import { scopeName } from './textDetector';
import type { FileLinter, OpenFile } from './lintFile';
import type { FilePart } from './report';
import type { FromDetector, ToDetector } from './detectWorker';

/** Texts and files in flight before this thread waits for results. */
const MAX_TEXTS_IN_FLIGHT = 20_000;
const MAX_FILES_IN_FLIGHT = 32;
/** Texts with detections remembered here, by fingerprint (repeats skip the round trip). */
const DIRTY_CACHE = 50_000;

interface Pending {
  file: number;
  absPath: string;
  open: OpenFile;
  doc: ParsedDocument;
  /** Detections by text index (undefined: none). */
  dets: (readonly Detection[] | undefined)[];
  /** Text indexes sent to the detection thread, in request order, and their fingerprints (two words each). */
  sent: number[];
  sentPrints: number[];
  /** Text indexes (and fingerprints) whose text an earlier request asked about: answered by the time this one is. */
  later: number[];
  laterPrints: number[];
  id: number;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function lintPipelined(files: string[], ids: number[], local: FileLinter, detector: Worker, emit: (part: FilePart) => void): Promise<void> {
  const dirty = new KnownTexts<readonly Detection[]>(DIRTY_CACHE);
  const results = new Map<number, (Detection[] | 0)[]>();
  /** Texts asked about and not answered yet (asked once however often they occur meanwhile). */
  const asked = new KnownTexts<true>(Number.MAX_SAFE_INTEGER);
  const queue: Pending[] = [];
  let textsInFlight = 0;
  let nextId = 0;
  let alive = detector.threadId >= 0;
  let wake: (() => void) | undefined;
  const onMessage = (m: FromDetector) => {
    if (m.type !== 'detected') return;
    results.set(m.id, m.dets);
    wake?.();
  };
  const onGone = () => {
    alive = false;
    wake?.();
  };
  detector.on('message', onMessage);
  detector.once('error', onGone);
  detector.once('exit', onGone);
  const arrival = () => new Promise<void>((r) => (wake = r));

  // Without a shared table (PII_LINT_CLEAN_TEXTS=0) a table of this thread's own still fingerprints the texts.
  const shared = local.cleanTexts;
  const prints = shared ?? new CleanTexts(createCleanTextsBuffer());
  const ownScopes = new Map<string, number>();
  const scopeOf = (configKey: string, role: string): number => {
    if (shared) return local.cleanScope(configKey, role);
    const name = scopeName(configKey, role);
    let s = ownScopes.get(name);
    if (s === undefined) ownScopes.set(name, (s = prints.scope(name)));
    return s;
  };

  /** A file the engine failed on, reported as the in-thread path reports it (FileLinter.lintRaw). */
  const failed = (file: number, open: OpenFile, e: unknown) =>
    emit({ file, done: { path: open.path, kind: null, configPath: open.loaded.path, error: `internal error while linting: ${(e as Error).message}` } });

  const finish = (p: Pending) => {
    const r = local.reportWithDetections(p.open, p.doc, (i) => p.dets[i]);
    emit({ file: p.file, rows: r.rows, done: r.meta });
  };

  /** Applies the detection thread's answer (or, when it is gone, detects here) and reports the file. */
  const settle = (p: Pending, answer: (Detection[] | 0)[] | undefined) => {
    textsInFlight -= p.sent.length;
    const texts = p.doc.texts;
    const sp = p.sentPrints;
    for (let k = 0; k < p.sent.length; k++) asked.delete(sp[2 * k], sp[2 * k + 1]);
    try {
      for (let k = 0; k < p.sent.length; k++) {
        const t = texts[p.sent[k]];
        const d = answer ? answer[k] : local.detectHere(p.absPath, t.text, t.role);
        if (d === 0 || d.length === 0) continue;
        p.dets[p.sent[k]] = d;
        dirty.set(sp[2 * k], sp[2 * k + 1], d);
      }
      const lp = p.laterPrints;
      for (let k = 0; k < p.later.length; k++) {
        const t = texts[p.later[k]];
        // The earlier request's answer: detections here, or clean (recorded by the detection thread in the
        // shared table). A text found in neither (a cache that dropped it, no shared table) is detected here.
        const d = dirty.get(lp[2 * k], lp[2 * k + 1]) ?? (shared?.has(local.cleanScope(p.open.loaded.path ?? '', t.role ?? ''), t.text) ? undefined : local.detectHere(p.absPath, t.text, t.role));
        if (d && d.length > 0) p.dets[p.later[k]] = d;
      }
      finish(p);
    } catch (e) {
      failed(p.file, p.open, e);
    }
  };

  const settleArrived = () => {
    while (queue.length > 0) {
      const answer = results.get(queue[0].id);
      if (!answer && alive) return;
      results.delete(queue[0].id);
      settle(queue.shift()!, answer);
    }
  };

  let lastYield = Date.now();
  try {
    for (const k of ids) {
      const absPath = files[k];
      const open = local.open(absPath, k, emit);
      if (!open) continue;
      let doc: ParsedDocument;
      try {
        doc = local.parse(open.raw, absPath, open.loaded);
      } catch (e) {
        failed(k, open, e);
        continue;
      }
      const configKey = open.loaded.path ?? '';
      const p: Pending = { file: k, absPath, open, doc, dets: new Array(doc.texts.length), sent: [], sentPrints: [], later: [], laterPrints: [], id: nextId++ };
      const texts: string[] = [];
      const roles: Role[] = [];
      for (let i = 0; i < doc.texts.length; i++) {
        const t = doc.texts[i];
        const scope = scopeOf(configKey, t.role ?? '');
        const text = t.text;
        if (shared) {
          if (shared.has(scope, text)) continue;
        } else prints.fingerprint(scope, text);
        const a = prints.a;
        const b = prints.b;
        const known = dirty.get(a, b);
        if (known) {
          p.dets[i] = known;
          continue;
        }
        if (asked.get(a, b)) {
          p.later.push(i);
          p.laterPrints.push(a, b);
          continue;
        }
        asked.set(a, b, true);
        p.sent.push(i);
        p.sentPrints.push(a, b);
        texts.push(text);
        roles.push(t.role);
      }
      if (p.sent.length === 0 && p.later.length === 0 && queue.length === 0) {
        finish(p);
      } else {
        if (p.sent.length === 0) results.set(p.id, []);
        else if (alive) detector.postMessage({ type: 'detect', id: p.id, path: absPath, texts, roles } satisfies ToDetector);
        queue.push(p);
        textsInFlight += p.sent.length;
      }
      if (Date.now() - lastYield > 5) {
        await yieldToEvents();
        lastYield = Date.now();
      }
      settleArrived();
      while (alive && (textsInFlight > MAX_TEXTS_IN_FLIGHT || queue.length > MAX_FILES_IN_FLIGHT)) {
        await arrival();
        settleArrived();
      }
    }
    while (queue.length > 0) {
      if (alive && !results.has(queue[0].id)) await arrival();
      settleArrived();
    }
  } finally {
    detector.off('message', onMessage);
    detector.off('error', onGone);
    detector.off('exit', onGone);
  }
}
