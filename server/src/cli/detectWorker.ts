// Third bundle (dist/cli-detect.js): the detection thread of the two-thread pipeline (pipeline.ts). It holds the
// detectors and the config loader only (about a third of dist/cli-worker.js), so it starts sooner and costs its
// thread less to load; it builds the detectors' tables as soon as it starts, then answers `detect` requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { Detection } from '../engine/types';
import type { TextBatch } from './pipeline';
import { TextDetector, type DetectJobOptions } from './textDetector';

export type ToDetector =
  /** Share the run's table of clean texts (sent once, first). */
  | { type: 'detector'; clean?: SharedArrayBuffer }
  /** Every text of the file at `path` (detected under its config); answered with `detected`. */
  | ({ type: 'detect'; id: number; path: string } & TextBatch)
  | { type: 'exit' };

/** The texts (by index in the request) that hold detections, and their detections. */
export type FromDetector = { type: 'detected'; id: number; dirty: Int32Array; dets: readonly Detection[][] };

if (parentPort && workerData) {
  const port = parentPort;
  const detector = new TextDetector((workerData as { job: DetectJobOptions }).job);
  detector.warmUp();
  port.on('message', (msg: ToDetector) => {
    if (msg.type === 'exit') port.close();
    else if (msg.type === 'detector') {
      if (msg.clean) detector.useCleanTexts(msg.clean);
    } else if (msg.type === 'detect') {
      const { dirty, dets } = detector.detectBatch(msg.path, msg);
      port.postMessage({ type: 'detected', id: msg.id, dirty, dets } satisfies FromDetector, [dirty.buffer as ArrayBuffer]);
    }
  });
}
