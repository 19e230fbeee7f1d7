// Runs the detectors over one text: role view, prefilters, detection, overlap resolution, role confidence.
import type { Detection, Role } from '../types';
import { resolveOverlaps } from './overlaps';
import { detectionView, IDENTIFIER_ROLES, toOriginalRange } from './roleView';
import { buildTriggerIndex, hasTrigger, type TriggerIndex } from './triggers';
import type { DetectContext, Detector, DetectorOptions } from './types';

/** Identifiers rarely hold data; only strong (checksum / structural) matches count there. */
const IDENTIFIER_MIN_CONFIDENCE = 0.85;

interface Plan {
  triggers: TriggerIndex;
  flags: Uint8Array;
  minDigits: Int32Array;
}

// One plan per detector list (the linter keeps its list for its lifetime).
const plans = new WeakMap<readonly Detector[], Plan>();

// The last list and its plan: a linter asks with the same list for every text (no WeakMap lookup per text).
let lastDetectors: readonly Detector[] | undefined;
let lastPlan: Plan | undefined;

function planFor(detectors: readonly Detector[]): Plan {
  if (detectors === lastDetectors) return lastPlan!;
  let plan = plans.get(detectors);
  if (!plan) {
    const triggers = buildTriggerIndex(detectors);
    plan = { triggers, flags: new Uint8Array(triggers.slots), minDigits: Int32Array.from(detectors, (d) => d.minDigits ?? 0) };
    plans.set(detectors, plan);
  }
  lastDetectors = detectors;
  lastPlan = plan;
  return plan;
}

/** Returned for the (vast majority of) texts with nothing found: no array allocated per clean text. Frozen. */
export const NO_DETECTIONS: Detection[] = Object.freeze([]) as unknown as Detection[];

export function detectInText(text: string, role: Role | undefined, path: string | undefined, detectors: readonly Detector[], options: DetectorOptions): Detection[] {
  if (text.length === 0) return NO_DETECTIONS;
  const plan = planFor(detectors);
  // Only patterns and identifiers are seen through a view; other texts need no view object.
  const view = role === 'pattern' || (role !== undefined && IDENTIFIER_ROLES.has(role)) ? detectionView(text, role) : undefined;
  const viewText = view === undefined ? text : view.text;
  const lower = viewText.toLowerCase();
  // Made when the first detector gets past its prefilters.
  let ctx: DetectContext | undefined;
  const flags = plan.flags;
  flags.fill(0);
  // Lower-casing keeps ASCII digits where they are, so the scan counts them for the minDigits check.
  const digits = plan.triggers.scan(lower, flags);
  const slotOf = plan.triggers.slotOf;
  let all: Detection[] | undefined;
  for (let i = 0; i < detectors.length; i++) {
    if (digits < plan.minDigits[i]) continue;
    const slot = slotOf[i];
    if (slot >= 0 && flags[slot] === 0) continue;
    const det = detectors[i];
    if (det.quickCheck && !det.quickCheck(lower, viewText)) continue;
    let found: Detection[];
    try {
      found = det.detect(viewText, (ctx ??= { role, path, lower, options }));
    } catch {
      // A detector bug must never take the linter down; the text is still checked by the others.
      continue;
    }
    if (found.length === 0) continue;
    if (all === undefined) all = found.slice();
    else for (let k = 0; k < found.length; k++) all.push(found[k]);
  }
  if (all === undefined) return NO_DETECTIONS;
  if (view?.map) {
    all = all.map((d) => ({ ...d, ...toOriginalRange(view, d.start, d.end) }));
  }
  if (role && IDENTIFIER_ROLES.has(role)) all = all.filter((d) => d.confidence >= IDENTIFIER_MIN_CONFIDENCE);
  return resolveOverlaps(all);
}

/** Whether one detector's prefilters (digits, triggers, quickCheck) let this text through (for tools timing one detector). */
export function passesPrefilters(det: Detector, lower: string, text: string, digits: number): boolean {
  if (digits < (det.minDigits ?? 0)) return false;
  if (!hasTrigger(det, lower)) return false;
  return !det.quickCheck || det.quickCheck(lower, text);
}
