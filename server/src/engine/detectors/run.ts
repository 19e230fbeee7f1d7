// Runs the detectors over one text: role view, prefilters, detection, overlap resolution, role confidence.
import type { Detection, Role } from '../types';
import { resolveOverlaps } from './overlaps';
import { detectionView, IDENTIFIER_ROLES, toOriginalRange } from './roleView';
import type { Detector, DetectorOptions } from './types';
import { countDigits } from './util';

/** Identifiers rarely hold data; only strong (checksum / structural) matches count there. */
const IDENTIFIER_MIN_CONFIDENCE = 0.85;

export function detectInText(text: string, role: Role | undefined, path: string | undefined, detectors: readonly Detector[], options: DetectorOptions): Detection[] {
  if (text.length === 0) return [];
  const view = detectionView(text, role);
  const lower = view.text.toLowerCase();
  const ctx = { role, path, lower, options };
  const digits = countDigits(view.text);
  let all: Detection[] = [];
  for (const det of detectors) {
    if (det.minDigits !== undefined && digits < det.minDigits) continue;
    if (det.quickCheck && !det.quickCheck(lower, view.text)) continue;
    let found: Detection[];
    try {
      found = det.detect(view.text, ctx);
    } catch {
      // A detector bug must never take the linter down; the text is still checked by the others.
      continue;
    }
    if (found.length > 0) all = all.concat(found);
  }
  if (all.length === 0) return all;
  if (view.map) {
    all = all.map((d) => ({ ...d, ...toOriginalRange(view, d.start, d.end) }));
  }
  if (role && IDENTIFIER_ROLES.has(role)) all = all.filter((d) => d.confidence >= IDENTIFIER_MIN_CONFIDENCE);
  return resolveOverlaps(all);
}
