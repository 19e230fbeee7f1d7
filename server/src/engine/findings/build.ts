// Turns a detection (decoded offsets inside one text) into a Finding: raw range, message, masked preview and
// precomputed fix data (replacements already escaped for the raw encoding).
import { escapeFor, maskValue, placeholderFor, type Synthesizer } from '../fix';
import { hashValue } from '../policy/hash';
import type { Detection, ExtractedText, Finding, FixData, Severity, StructuralIssue } from '../types';
import { maskPreview } from './mask';
import { findingMessage } from './messages';
import { rawOffsetIn } from './range';

export function buildFinding(
  t: ExtractedText,
  d: Detection,
  severity: Severity,
  salt: string,
  synthesizer: Synthesizer | undefined,
  /** `t.text` when the caller has read it already (formats may compute it on each read). */
  text: string = t.text,
): Finding {
  const value = text.slice(d.start, d.end);
  // Segments, path and role may be computed on each read too: read each once.
  const segments = t.segments;
  const offset = rawOffsetIn(segments, t.rawStart, d.start);
  const rawEnd = d.end >= text.length ? t.rawEnd : rawOffsetIn(segments, t.rawStart, d.end);
  const role = t.role;
  const fieldPath = t.path;
  return {
    ruleId: d.detectorId,
    entity: d.entity,
    category: d.category,
    severity,
    confidence: d.confidence,
    offset,
    length: Math.max(0, rawEnd - offset),
    fieldPath,
    role,
    message: findingMessage(d.entity, role, t.owner, fieldPath, d.testValue),
    masked: maskPreview(value, d.entity),
    reason: d.reason,
    testValue: d.testValue || undefined,
    fix: new LazyFixData(t.encoding, d.entity, value, hashValue(value, salt), synthesizer),
  };
}

/**
 * Fix data whose synthetic value and mask are computed on first read (then kept): most findings are reported and
 * never fixed, and drawing a synthetic value (a seeded faker call) cost more than detecting the value. A class with
 * getters on its prototype: an object literal with getters cost ~1.8 µs to create (two closures and a slow literal
 * path), a third of building a finding. `toJSON` keeps JSON output the same as a plain object's.
 */
class LazyFixData implements FixData {
  readonly placeholder: string;
  readonly valueHash: string;
  #synthetic: string | undefined | null;
  #mask: string | undefined;
  readonly #encoding: ExtractedText['encoding'];
  readonly #entity: string;
  readonly #value: string;
  readonly #synthesizer: Synthesizer | undefined;

  constructor(encoding: ExtractedText['encoding'], entity: string, value: string, valueHash: string, synthesizer: Synthesizer | undefined) {
    this.placeholder = placeholderIn(encoding, entity);
    this.valueHash = valueHash;
    this.#synthetic = synthesizer ? null : undefined;
    this.#encoding = encoding;
    this.#entity = entity;
    this.#value = value;
    this.#synthesizer = synthesizer;
  }

  get synthetic(): string | undefined {
    if (this.#synthetic === null) this.#synthetic = escapeFor(this.#encoding, this.#synthesizer!.synthetic(this.#entity, this.#value));
    return this.#synthetic;
  }

  get mask(): string {
    return (this.#mask ??= escapeFor(this.#encoding, maskValue(this.#value)));
  }

  toJSON(): FixData {
    return { synthetic: this.synthetic, placeholder: this.placeholder, mask: this.mask, valueHash: this.valueHash };
  }
}

// Placeholders depend only on encoding and entity: escaped once per pair.
const placeholders = new Map<string, string>();
function placeholderIn(encoding: ExtractedText['encoding'], entity: string): string {
  const key = `${encoding}\u0000${entity}`;
  let p = placeholders.get(key);
  if (p === undefined) placeholders.set(key, (p = escapeFor(encoding, placeholderFor(entity))));
  return p;
}

/** Structural issues (e.g. an unprotected variable) become findings with their own edits as the fix. */
export function buildStructuralFinding(issue: StructuralIssue, severity: Severity, salt: string): Finding {
  return {
    ruleId: issue.ruleId,
    entity: issue.entity,
    category: issue.category,
    severity,
    confidence: issue.confidence,
    offset: issue.offset,
    length: issue.length,
    fieldPath: issue.fieldPath,
    message: issue.message,
    masked: '',
    fix: {
      placeholder: '',
      mask: '',
      valueHash: hashValue(`${issue.ruleId}:${issue.fieldPath}`, salt),
      edits: issue.fix,
    },
  };
}
