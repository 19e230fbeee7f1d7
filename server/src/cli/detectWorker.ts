// Third bundle (dist/cli-detect.js): the detection thread of the two-thread pipeline (pipeline.ts). It holds the
// detectors and the config loader only (about a third of dist/cli-worker.js), so it starts sooner and costs its
// thread less to load; it builds the detectors' tables as soon as it starts, then answers `detect` requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { Detection, Role } from '../engine/types';
import { TextDetector, type DetectJobOptions } from './textDetector';

export type ToDetector =
  /** Share the run's table of clean texts (sent once, first). */
  | { type: 'detector'; clean?: SharedArrayBuffer }
  /** Detections of texts of the file at `path` (for its config); answered with `detected`. */
  | { type: 'detect'; id: number; path: string; texts: string[]; roles: Role[] }
  | { type: 'exit' };

export type FromDetector = { type: 'detected'; id: number; dets: (Detection[] | 0)[] };

if (parentPort && workerData) {
  const port = parentPort;
  const detector = new TextDetector((workerData as { job: DetectJobOptions }).job);
  detector.warmUp();
  port.on('message', (msg: ToDetector) => {
    if (msg.type === 'exit') port.close();
    else if (msg.type === 'detector') {
      if (msg.clean) detector.useCleanTexts(msg.clean);
    } else if (msg.type === 'detect') {
      port.postMessage({ type: 'detected', id: msg.id, dets: detector.detectTexts(msg.path, msg.texts, msg.roles) } satisfies FromDetector);
    }
  });
}
