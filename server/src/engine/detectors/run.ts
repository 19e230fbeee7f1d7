// Runs the detectors over one text: role view, prefilters, detection, overlap resolution, role confidence.
// Prefilters cost one pass over the text (textScan.ts) for all detectors together; a detector whose declared
// needs (digits, triggers, facts, word classes) are not met is skipped without calling its code, and the text is
// lower-cased only when a detector gets that far (an ASCII text without capitals is its own lower case).
import type { Detection, Role } from '../types';
import { resolveOverlaps } from './overlaps';
import { detectionView, IDENTIFIER_ROLES, toOriginalRange } from './roleView';
import { ALL_FACTS, F_CAPITAL_AFTER_FIRST, F_UPPER, mixedLengthMask } from './textFacts';
import { scanAscii, type TextScan } from './textScan';
import { buildTriggerIndex, hasTrigger, type TriggerIndex } from './triggers';
import { newTextWords } from './textWords';
import type { DetectContext, Detector, DetectorOptions, TextWords } from './types';
import { countDigits } from './util';
import { rememberWordClasses, W_HEALTH, wordClasses } from './wordClasses';
import { phiCooccurrence } from './health';

/** Identifiers rarely hold data; only strong (checksum / structural) matches count there. */
const IDENTIFIER_MIN_CONFIDENCE = 0.85;

interface Plan {
  triggers: TriggerIndex;
  /** fired[slot] === stamp: the detector's trigger occurs in the current text. */
  fired: Uint32Array;
  minDigits: Int32Array;
  minDigitRun: Int32Array;
  anyFacts: Int32Array;
  mixedLengths: Int32Array;
  wordClassesAny: Int32Array;
  /** Options the `off` flags were computed for (a linter passes the same object for every text). */
  offFor: DetectorOptions | undefined;
  off: Uint8Array;
  /**
   * Some detector's quickCheck runs on every text (it declares no cheaper need): the text is lower-cased first
   * and the one pass reads the lower case (a new flat string, read faster than a slice of a document).
   */
  eagerLower: boolean;
  /** Some detector reads the words of the one pass (`quickCheckWords`): the pass records them. */
  recordWords: boolean;
  /**
   * Positions of the detectors that may run on a text without digits, in list order: most texts have none, and
   * most detectors need some, so the loop visits these few instead of every detector.
   */
  withoutDigits: Int32Array;
  /** Positions of all detectors, in list order. */
  everyDetector: Int32Array;
  // Each detector's functions by position: read from one array, not from the detector objects (each has a shape
  // of its own, so a load of `det.detect` at one site sees ~40 shapes: a megamorphic lookup per call).
  quickCheckWords: (Detector['quickCheckWords'] | undefined)[];
  quickCheck: (Detector['quickCheck'] | undefined)[];
  detect: Detector['detect'][];
}

/** Whether a detector's own quickCheck would run on every text (no trigger, digit, fact or class need first). */
function checksEveryText(d: Detector): boolean {
  return d.quickCheck !== undefined && !(d.triggers?.length || d.minDigits || d.minDigitRun || d.anyFacts || d.mixedWordLengths?.length || d.wordClassesAny);
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
    const each = (f: (d: Detector) => number) => Int32Array.from(detectors, f);
    plan = {
      triggers,
      fired: new Uint32Array(triggers.slots),
      minDigits: each((d) => d.minDigits ?? 0),
      minDigitRun: each((d) => d.minDigitRun ?? 0),
      anyFacts: each((d) => d.anyFacts ?? 0),
      mixedLengths: each((d) => (d.mixedWordLengths ? mixedLengthMask(d.mixedWordLengths) : 0)),
      wordClassesAny: each((d) => d.wordClassesAny ?? 0),
      offFor: undefined,
      off: new Uint8Array(detectors.length),
      eagerLower: detectors.some(checksEveryText),
      recordWords: detectors.some((d) => d.quickCheckWords !== undefined),
      withoutDigits: Int32Array.from(detectors.flatMap((d, i) => ((d.minDigits ?? 0) > 0 || (d.minDigitRun ?? 0) > 0 ? [] : [i]))),
      everyDetector: Int32Array.from(detectors, (_, i) => i),
      quickCheckWords: detectors.map((d) => d.quickCheckWords),
      quickCheck: detectors.map((d) => d.quickCheck),
      detect: detectors.map((d) => d.detect),
    };
    plans.set(detectors, plan);
  }
  lastDetectors = detectors;
  lastPlan = plan;
  return plan;
}

function offFlags(plan: Plan, detectors: readonly Detector[], options: DetectorOptions): Uint8Array {
  if (plan.offFor !== options) {
    for (let i = 0; i < detectors.length; i++) plan.off[i] = detectors[i].offWith?.(options) ? 1 : 0;
    plan.offFor = options;
  }
  return plan.off;
}

/** Returned for the (vast majority of) texts with nothing found: no array allocated per clean text. Frozen. */
export const NO_DETECTIONS: Detection[] = Object.freeze([]) as unknown as Detection[];

// Stamps mark the triggers found in the current text (no array to clear per text).
let stamp = 0;

function nextStamp(plan: Plan): number {
  if (++stamp === 0xffffffff) {
    stamp = 1;
    plan.fired.fill(0);
  }
  return stamp;
}

// What the one pass read off the current text (reused: nothing allocated per text).
const scan: TextScan = { digits: 0, maxDigitRun: 0, facts: 0, mixedLengths: 0, wordClasses: 0, lowerIsSelf: false };
const scanWords: TextWords = newTextWords();

/** Facts about capitals, which a pass over the lower case cannot see: assumed. */
const CASE_FACTS = F_UPPER | F_CAPITAL_AFTER_FIRST;

/** Word classes not known from the one pass (a non-ASCII text): computed when a detector first asks. */
const UNKNOWN_CLASSES = -1;

// The last role asked about and whether it names an identifier (texts come in runs of one role: no set lookup).
let lastRole: Role | undefined;
let lastRoleIsIdentifier = false;

function isIdentifierRole(role: Role | undefined): boolean {
  if (role !== lastRole) {
    lastRoleIsIdentifier = role !== undefined && IDENTIFIER_ROLES.has(role);
    lastRole = role;
  }
  return lastRoleIsIdentifier;
}

/**
 * Detections in one text. When the text is `source.slice(sourceStart, sourceStart + text.length)` (a line of a
 * document), pass the source: the one pass then reads the document itself, and the text is lower-cased only when a
 * detector gets past its prefilters (about a fifth of log lines) instead of up front for the pass to read.
 */
// The text being detected, read back from here wherever it is lower-cased. Written as `viewText.toLowerCase()` at
// several sites, the lower-casing is one pure operation to the optimizing compiler, which merges the sites and
// computes it once where they all meet, before the detector loop: for every text, though most never need it (the
// compiled runner lower-cased ~all log lines). A load from this object ties each call to its own branch. Cleared
// when the text is done (a slice would keep its whole document alive).
const current = { text: '' };

function lowerCaseOf(text: string): string {
  // (always the current text, unless a detector re-entered detectInText)
  return (current.text === text ? current.text : text).toLowerCase();
}

export function detectInText(
  text: string,
  role: Role | undefined,
  path: string | undefined,
  detectors: readonly Detector[],
  options: DetectorOptions,
  source?: string,
  sourceStart = 0,
): Detection[] {
  if (text.length === 0) return NO_DETECTIONS;
  const plan = planFor(detectors);
  const identifier = isIdentifierRole(role);
  // Only patterns and identifiers are seen through a view; other texts need no view object.
  const view = role === 'pattern' || identifier ? detectionView(text, role) : undefined;
  const viewText = view === undefined ? text : view.text;
  current.text = viewText;
  const off = offFlags(plan, detectors, options);
  const fired = plan.fired;
  let at = nextStamp(plan);
  // (a view's text is not a range of the source)
  const inSource = source !== undefined && view === undefined;
  let lower = plan.eagerLower && !inSource ? lowerCaseOf(viewText) : undefined;
  let classes: number;
  let words: TextWords | undefined = plan.recordWords ? scanWords : undefined;
  const scanned = inSource ? source : (lower ?? viewText);
  const from = inSource ? sourceStart : 0;
  if (words !== undefined) words.cased = scanned !== lower;
  if (scanAscii(scanned, plan.triggers, fired, at, scan, words, from, inSource ? from + text.length : scanned.length)) {
    if (lower !== undefined) scan.facts |= CASE_FACTS;
    else if (scan.lowerIsSelf) lower = viewText;
    classes = scan.wordClasses;
  } else {
    // Non-ASCII: lower-case first (lower-casing keeps ASCII digits where they are, so the scan counts them).
    at = nextStamp(plan);
    lower ??= lowerCaseOf(viewText);
    scan.digits = plan.triggers.scanLower(lower, fired, at);
    scan.maxDigitRun = viewText.length;
    scan.facts = ALL_FACTS;
    scan.mixedLengths = ALL_FACTS;
    classes = UNKNOWN_CLASSES;
    words = undefined;
  }
  const digits = scan.digits;
  const facts = scan.facts;
  const slotOf = plan.triggers.slotOf;
  // Made when the first detector gets past its prefilters.
  let ctx: DetectContext | undefined;
  let remembered = false;
  let all: Detection[] | undefined;
  const order = digits === 0 ? plan.withoutDigits : plan.everyDetector;
  for (let o = 0; o < order.length; o++) {
    const i = order[o];
    if (digits < plan.minDigits[i]) continue;
    const slot = slotOf[i];
    if (slot >= 0 && fired[slot] !== at) continue;
    const any = plan.anyFacts[i];
    if (any !== 0 && (facts & any) === 0) continue;
    const mixed = plan.mixedLengths[i];
    if (mixed !== 0 && (scan.mixedLengths & mixed) === 0) continue;
    if (scan.maxDigitRun < plan.minDigitRun[i]) continue;
    if (off[i] === 1) continue;
    const wanted = plan.wordClassesAny[i];
    if (wanted !== 0) {
      if (classes === UNKNOWN_CLASSES) classes = wordClasses((lower ??= lowerCaseOf(viewText)));
      if ((classes & wanted) === 0) continue;
    }
    const det = detectors[i];
    const byWords = words !== undefined ? plan.quickCheckWords[i] : undefined;
    if (byWords !== undefined && !byWords.call(det, words!, viewText, lower, classes, facts)) continue;
    if (lower === undefined) lower = lowerCaseOf(viewText);
    // Detectors that ask wordClasses(lower) themselves get the pass's answer.
    if (!remembered && classes !== UNKNOWN_CLASSES) {
      rememberWordClasses(lower, classes);
      remembered = true;
    }
    const quick = byWords === undefined ? plan.quickCheck[i] : undefined;
    if (quick !== undefined && !quick.call(det, lower, viewText)) continue;
    let found: Detection[];
    try {
      found = plan.detect[i].call(det, viewText, (ctx ??= { role, path, lower, options, words }));
    } catch {
      // A detector bug must never take the linter down; the text is still checked by the others.
      continue;
    }
    if (found.length === 0) continue;
    // A new array filled by push, never a copy of a detector's own: detectors return arrays of several element
    // kinds (literals, map() results), and the code that reads ours (overlaps, findings) then sees one kind only.
    if (all === undefined) all = [];
    for (let k = 0; k < found.length; k++) all.push(found[k]);
  }
  if (all === undefined) {
    current.text = '';
    return NO_DETECTIONS;
  }
  // A health term in a text that also names a person or holds an identifier is PHI (issue: health term + anchor).
  if (classes === UNKNOWN_CLASSES) classes = wordClasses((lower ??= lowerCaseOf(viewText)));
  if ((classes & W_HEALTH) !== 0) {
    // anchors as the overlap rules leave them (a phone reading of an SSN must not anchor when the SSN is a test value)
    const phi = phiCooccurrence(viewText, resolveOverlaps(all.slice()));
    for (let k = 0; k < phi.length; k++) all.push(phi[k]);
  }
  if (view?.map) {
    const mapped: Detection[] = [];
    for (const d of all) mapped.push({ ...d, ...toOriginalRange(view, d.start, d.end) });
    all = mapped;
  }
  current.text = '';
  if (identifier) all = all.filter((d) => d.confidence >= IDENTIFIER_MIN_CONFIDENCE);
  return resolveOverlaps(all);
}

/**
 * Whether one detector's prefilters (digits, triggers, facts, word classes, quickCheck) let this text through, by
 * the same one pass the runner makes (for tools timing one detector, and the reference for prefilter tests).
 */
export function passesPrefilters(
  det: Detector,
  lower: string,
  text: string,
  digits: number = countDigits(text),
  options?: DetectorOptions,
  shape: Readonly<TextScan> | undefined = shapeOf(text),
): boolean {
  if (digits < (det.minDigits ?? 0)) return false;
  if (!hasTrigger(det, lower)) return false;
  if (options && det.offWith?.(options)) return false;
  const probe = shape;
  if (probe) {
    if (det.anyFacts && (probe.facts & det.anyFacts) === 0) return false;
    if (det.mixedWordLengths && (probe.mixedLengths & mixedLengthMask(det.mixedWordLengths)) === 0) return false;
    if (probe.maxDigitRun < (det.minDigitRun ?? 0)) return false;
  }
  if (det.wordClassesAny && (wordClasses(lower) & det.wordClassesAny) === 0) return false;
  return !det.quickCheck || det.quickCheck(lower, text);
}

const probeIndex = buildTriggerIndex([]);
const probeScan: TextScan = { ...scan };

/** The one pass's facts of a text alone (undefined for a non-ASCII text, which gets every fact). */
export function shapeOf(text: string): Readonly<TextScan> | undefined {
  return scanAscii(text, probeIndex, new Uint32Array(0), 1, probeScan) ? probeScan : undefined;
}
