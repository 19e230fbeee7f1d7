// Orchestration: parse -> detect (per text, cached) -> findings -> policy.
import { detachedCopy } from './detachedCopy';
import { ALL_DETECTORS } from './detectors/registry';
import { createCustomDetector } from './detectors/custom';
import { detectInText } from './detectors/run';

import { Lru } from './detectors/lru';
import type { Detector } from './detectors/types';
import { buildFinding, buildStructuralFinding, type FindingSettings } from './findings/build';
import { createSynthesizer, type Synthesizer } from './fix';
import { FlatWindows } from './formats/flatWindows';
import { parseForLint } from './formats/parse';
import type { UtteranceLines } from './formats/utterances';
import { compileAllowlist } from './policy/allowlist';
import { severityFor, structuralSeverity } from './policy/apply';
import { DEFAULT_CONFIG, type ResolvedConfig } from './policy/config';
import { isIgnoredPath, kindForPath } from './policy/paths';
import type { Detection, ExtractedText, FileKind, Finding, LintResult, ParsedDocument } from './types';

/** Shared (frozen) result for a text with no findings: most texts, so no array per text. */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

export interface LintOptions {
  path?: string;
  kind?: FileKind;
}

export interface Linter {
  readonly config: ResolvedConfig;
  /** Parses and lints a whole document. */
  lint(raw: string, opts?: LintOptions): LintResult;
  /**
   * Lints an already parsed document (the caller parsed it, e.g. to reuse the parse). With `detectionsOf`, the
   * detections of text i come from there (computed elsewhere, e.g. by another thread) instead of this linter.
   */
  lintDocument(raw: string, doc: ParsedDocument, opts?: { path?: string; detectionsOf?: DetectionsOf }): LintResult;
  /** Findings for one extracted text, policy applied, sorted by offset. */
  findingsForText(raw: string, t: ExtractedText): Finding[];
  /** Detections in decoded offsets for a free text (no policy); used by eval and bench. */
  detect(text: string, role?: ExtractedText['role']): Detection[];
  /** True when the config's ignore globs exclude this path. */
  isIgnored(path: string): boolean;
  clearCache(): void;
}

/** Detections of a document's text by index (undefined or empty when it has none). */
export type DetectionsOf = (textIndex: number) => readonly Detection[] | undefined;

export interface LinterOptions {
  /** Produces FixData.synthetic; defaults to the product synthesizer. Pass `null` to skip synthetic values. */
  synthesizer?: Synthesizer | null;
  /** Max cached texts (default 20,000). */
  cacheSize?: number;
}

export function createLinter(config: ResolvedConfig = DEFAULT_CONFIG, opts: LinterOptions = {}): Linter {
  const custom = config.customDetectors.map(createCustomDetector).filter((d): d is Detector => d !== null);
  const detectors: Detector[] = [...ALL_DETECTORS, ...custom];
  const defaults = new Map(detectors.map((d) => [d.id, d.defaultSeverity]));
  const allowlist = compileAllowlist(config);
  const synthesizer = opts.synthesizer === null ? undefined : (opts.synthesizer ?? createSynthesizer());
  const findingSettings: FindingSettings = { salt: config.salt, synthesizer };
  const cacheSize = opts.cacheSize ?? 20_000;
  // One LRU per role, keyed by the text itself: no `role + text` key string to build (and hash) for every text.
  const caches = new Map<string, Lru<string, Detection[]>>();

  /** `source`: a string the text is a range of, from `sourceStart` (see detectInText). */
  function detect(text: string, role?: ExtractedText['role'], source?: string, sourceStart?: number): Detection[] {
    if (cacheSize <= 0) return detectInText(text, role, undefined, detectors, config.detectorOptions, source, sourceStart);
    const roleKey = role ?? '';
    let cache = caches.get(roleKey);
    if (!cache) caches.set(roleKey, (cache = new Lru<string, Detection[]>(cacheSize)));
    const hit = cache.get(text);
    if (hit) return hit;
    const dets = detectInText(text, role, undefined, detectors, config.detectorOptions, source, sourceStart);
    // The cache outlives the document (~20 MB less retained after 1,000 files than with slices of it).
    cache.set(detachedCopy(text), dets);
    return dets;
  }

  function findingsForText(_raw: string, t: ExtractedText): Finding[] {
    // `t.path` is computed lazily by the formats: no detector reads it, only findings do (when there is one).
    // `t.text` too may be computed on each read (a slice of the raw document): read it once.
    const text = t.text;
    return findingsFor(t, text, detect(text, t.role));
  }

  /** Policy and findings for one text's detections. */
  function findingsFor(t: ExtractedText, text: string, dets: readonly Detection[]): Finding[] {
    if (dets.length === 0) return NO_FINDINGS;
    const out: Finding[] = [];
    for (const d of dets) {
      const severity = severityFor(d, defaults.get(d.detectorId) ?? d.severity, config);
      if (!severity) continue;
      if (!allowlist.empty && allowlist.isAllowed(text.slice(d.start, d.end))) continue;
      out.push(buildFinding(t, d, severity, findingSettings, text));
    }
    return out;
  }

  function lintDocument(raw: string, doc: ParsedDocument, o: { path?: string; detectionsOf?: DetectionsOf } = {}): LintResult {
    const findings: Finding[] = [];
    const texts = doc.texts;
    const given = o.detectionsOf;
    for (let k = 0; k < texts.length; k++) {
      let f: Finding[];
      if (given) {
        const dets = given(k);
        f = dets && dets.length > 0 ? findingsFor(texts[k], texts[k].text, dets) : NO_FINDINGS;
      } else f = findingsForText(raw, texts[k]);
      for (let i = 0; i < f.length; i++) findings.push(f[i]);
    }
    return result(doc, findings, o.path);
  }

  /** lintDocument for an utterance log taken as line ranges: a text object only for a line with findings. */
  function lintLines(doc: ParsedDocument, lines: UtteranceLines, path: string | undefined): LintResult {
    const findings: Finding[] = [];
    // the one pass reads each line in a flat copy of the document around it (FlatWindows)
    const windows = new FlatWindows(lines.doc.raw);
    for (let i = 0; i < lines.count; i++) {
      const text = lines.textOf(i);
      const start = lines.rawStartOf(i);
      let dets: Detection[];
      if (start >= 0) {
        const source = windows.cover(start, start + text.length);
        dets = detect(text, 'utterance', source, start - windows.startOf());
      } else dets = detect(text, 'utterance');
      if (dets.length === 0) continue;
      const f = findingsFor(lines.at(i), text, dets);
      for (let k = 0; k < f.length; k++) findings.push(f[k]);
    }
    return result(doc, findings, path);
  }

  /** Adds the document's structural issues to the text findings, in document order. */
  function result(doc: ParsedDocument, findings: Finding[], path: string | undefined): LintResult {
    for (const issue of doc.structural) {
      const severity = structuralSeverity(issue.ruleId, issue.severity, config);
      if (severity) findings.push(buildStructuralFinding(issue, severity, config.salt));
    }
    findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
    return { path, kind: doc.kind, findings, problems: doc.problems, counts: doc.counts };
  }

  return {
    config,
    lint(raw, o = {}) {
      const kind = o.kind ?? (o.path ? kindForPath(config, o.path) : undefined);
      const doc = parseForLint(raw, { path: o.path, kind });
      return doc.lines ? lintLines(doc, doc.lines, o.path) : lintDocument(raw, doc, { path: o.path });
    },
    lintDocument,
    findingsForText,
    detect: (text, role) => detect(text, role),
    isIgnored: (path) => isIgnoredPath(config, path),
    clearCache: () => caches.clear(),
  };
}

let defaultLinter: Linter | undefined;

/** One-shot convenience with the default configuration. */
export function lintText(raw: string, opts: LintOptions = {}): LintResult {
  defaultLinter ??= createLinter();
  return defaultLinter.lint(raw, opts);
}
