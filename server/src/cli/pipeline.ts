// Two lint threads split the work by stage, not by file: this thread reads, parses, looks texts up, builds
// findings and rows; one worker thread runs detection on the texts nobody has seen yet. Split by file, both
// threads would run (and have V8 compile) every stage, and most of a short run's CPU goes to that warm-up:
// split by stage, each thread warms up only its own half. Requests travel ahead of the results (a window of
// files), so neither thread waits for the other while there is work; results come back in request order.
// The detection thread runs dist/cli-detect.js (detectWorker.ts): the detectors without the rest of the engine.
import type { Worker } from 'node:worker_threads';
import { detachedCopy } from '../engine/detachedCopy';
import { Lru } from '../engine/detectors/lru';
import type { Detection, ParsedDocument, Role } from '../engine/types';
import type { FileLinter, OpenFile } from './lintFile';
import type { FilePart } from './report';
import type { FromDetector, ToDetector } from './detectWorker';

/** Texts and files in flight before this thread waits for results. */
const MAX_TEXTS_IN_FLIGHT = 20_000;
const MAX_FILES_IN_FLIGHT = 32;
/** Texts with detections remembered here per config and role (repeats skip the round trip). */
const DIRTY_CACHE = 20_000;

interface Pending {
  file: number;
  absPath: string;
  open: OpenFile;
  doc: ParsedDocument;
  /** Detections by text index (undefined: none). */
  dets: (readonly Detection[] | undefined)[];
  /** Text indexes sent to the detection thread, in request order, and their fingerprint scopes. */
  sent: number[];
  scopes: number[];
  /** Text indexes (and scopes) whose text an earlier request asked about: answered by the time this one is. */
  later: number[];
  laterScopes: number[];
  id: number;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function lintPipelined(files: string[], ids: number[], local: FileLinter, detector: Worker, emit: (part: FilePart) => void): Promise<void> {
  const dirty = new Map<number, Lru<string, readonly Detection[]>>();
  const results = new Map<number, (Detection[] | 0)[]>();
  /** Texts asked about and not answered yet, by scope (asked once however often they occur meanwhile). */
  const asked = new Map<number, Set<string>>();
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

  const clean = local.cleanTexts;
  const dirtyOf = (scope: number) => {
    let c = dirty.get(scope);
    if (!c) dirty.set(scope, (c = new Lru(DIRTY_CACHE)));
    return c;
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
    for (let k = 0; k < p.sent.length; k++) asked.get(p.scopes[k])?.delete(texts[p.sent[k]].text);
    try {
      for (let k = 0; k < p.sent.length; k++) {
        const t = texts[p.sent[k]];
        const d = answer ? answer[k] : local.detectHere(p.absPath, t.text, t.role);
        if (d === 0 || d.length === 0) continue;
        p.dets[p.sent[k]] = d;
        dirtyOf(p.scopes[k]).set(detachedCopy(t.text), d);
      }
      for (let k = 0; k < p.later.length; k++) {
        const t = texts[p.later[k]];
        const scope = p.laterScopes[k];
        const d = dirty.get(scope)?.get(t.text) ?? (clean?.has(scope, t.text) ? undefined : local.detectHere(p.absPath, t.text, t.role));
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
      const p: Pending = { file: k, absPath, open, doc, dets: new Array(doc.texts.length), sent: [], scopes: [], later: [], laterScopes: [], id: nextId++ };
      const texts: string[] = [];
      const roles: Role[] = [];
      for (let i = 0; i < doc.texts.length; i++) {
        const t = doc.texts[i];
        const scope = local.cleanScope(configKey, t.role ?? '');
        const text = t.text;
        if (clean?.has(scope, text)) continue;
        const known = dirty.get(scope)?.get(text);
        if (known) {
          p.dets[i] = known;
          continue;
        }
        let pending = asked.get(scope);
        if (!pending) asked.set(scope, (pending = new Set()));
        if (pending.has(text)) {
          p.later.push(i);
          p.laterScopes.push(scope);
          continue;
        }
        pending.add(text);
        p.sent.push(i);
        p.scopes.push(scope);
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
