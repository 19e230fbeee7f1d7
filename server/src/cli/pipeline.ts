// Two lint threads split the work by stage, not by file: this thread reads, parses, builds findings and rows; one
// worker thread takes every text of a file and answers with the detections of those that hold any. Split by file,
// both threads would run (and have V8 compile) every stage, and most of a short run's CPU goes to that warm-up:
// split by stage, each thread warms up only its own half. The detection thread also does the bookkeeping of
// repeats (fingerprints, the table of clean texts, texts it has detected before), so this thread, the busier one,
// does none of it. A file's texts travel as one string and their ends, not as thousands of small strings to copy.
// Requests travel ahead of the results (a window of files), so neither thread waits for the other while there is
// work; results come back in request order. The detection thread runs dist/cli-detect.js (detectWorker.ts).
import type { Worker } from 'node:worker_threads';
import type { Detection, ParsedDocument, Role } from '../engine/types';
import type { FileLinter, OpenFile } from './lintFile';
import type { FilePart } from './report';
import type { FromDetector, ToDetector } from './detectWorker';

/** Texts and files in flight before this thread waits for results. */
const MAX_TEXTS_IN_FLIGHT = 50_000;
const MAX_FILES_IN_FLIGHT = 32;

interface Pending {
  file: number;
  absPath: string;
  open: OpenFile;
  doc: ParsedDocument;
  id: number;
}

/** A file's texts for the detection thread: one string, the end of each text in it, and role codes. */
export interface TextBatch {
  text: string;
  ends: Int32Array;
  roles: Uint8Array;
  /** Role of each code (undefined: a text without a role). */
  roleNames: (Role | undefined)[];
}

export function batchOf(doc: ParsedDocument): TextBatch {
  const texts = doc.texts;
  const parts: string[] = new Array(texts.length);
  const ends = new Int32Array(texts.length);
  const roles = new Uint8Array(texts.length);
  const roleNames: (Role | undefined)[] = [];
  let end = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const text = t.text;
    parts[i] = text;
    end += text.length;
    ends[i] = end;
    let code = roleNames.indexOf(t.role);
    if (code < 0) code = roleNames.push(t.role) - 1;
    roles[i] = code;
  }
  return { text: parts.join(''), ends, roles, roleNames };
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function lintPipelined(files: string[], ids: number[], local: FileLinter, detector: Worker, emit: (part: FilePart) => void): Promise<void> {
  const results = new Map<number, Extract<FromDetector, { type: 'detected' }>>();
  const queue: Pending[] = [];
  let textsInFlight = 0;
  let nextId = 0;
  let alive = detector.threadId >= 0;
  let wake: (() => void) | undefined;
  const onMessage = (m: FromDetector) => {
    if (m.type !== 'detected') return;
    results.set(m.id, m);
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

  /** A file the engine failed on, reported as the in-thread path reports it (FileLinter.lintRaw). */
  const failed = (file: number, open: OpenFile, e: unknown) =>
    emit({ file, done: { path: open.path, kind: null, configPath: open.loaded.path, error: `internal error while linting: ${(e as Error).message}` } });

  /** Reports a file from the detection thread's answer (or, when it is gone, from detections made here). */
  const settle = (p: Pending, answer: Extract<FromDetector, { type: 'detected' }> | undefined) => {
    const texts = p.doc.texts;
    textsInFlight -= texts.length;
    try {
      const dets: (readonly Detection[] | undefined)[] = new Array(texts.length);
      if (answer) for (let k = 0; k < answer.dirty.length; k++) dets[answer.dirty[k]] = answer.dets[k];
      else for (let i = 0; i < texts.length; i++) dets[i] = local.detectHere(p.absPath, texts[i].text, texts[i].role);
      const r = local.reportWithDetections(p.open, p.doc, (i) => dets[i]);
      emit({ file: p.file, rows: r.rows, done: r.meta });
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
      let batch: TextBatch;
      try {
        doc = local.parse(open.raw, absPath, open.loaded);
        batch = batchOf(doc);
      } catch (e) {
        failed(k, open, e);
        continue;
      }
      const p: Pending = { file: k, absPath, open, doc, id: nextId++ };
      if (doc.texts.length === 0) results.set(p.id, { type: 'detected', id: p.id, dirty: new Int32Array(0), dets: [] });
      else if (alive) {
        const msg: ToDetector = { type: 'detect', id: p.id, path: absPath, ...batch };
        detector.postMessage(msg, [batch.ends.buffer as ArrayBuffer, batch.roles.buffer as ArrayBuffer]);
      }
      queue.push(p);
      textsInFlight += doc.texts.length;
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
