// A finding of a detection in a text. Every detection that passes the policy becomes one, but most are only
// counted, sorted or shown as a range (bench, baselines of known values, editors scrolled elsewhere): the
// costly fields (message, masked preview, salted value hash, fix replacements) are computed on first read and
// then kept. Prototype getters (no closures per object); `toJSON` gives the same JSON, in the same key order,
// as the plain object literal this replaced. Assigning any of them replaces the computed value.
import { escapeFor, maskValue, placeholderFor, type Synthesizer } from '../fix';
import { hashValue } from '../policy/hash';
import type { Category, Detection, ExtractedText, Finding, FixData, Role, Severity } from '../types';
import { maskPreview } from './mask';
import { findingMessage } from './messages';

type Encoding = ExtractedText['encoding'];

/** What every finding of one linter shares (one object, not two fields per finding). */
export interface FindingSettings {
  readonly salt: string;
  readonly synthesizer: Synthesizer | undefined;
}

export class TextFinding implements Finding {
  // Own data fields, in the order of the old object literal (Object.keys and JSON order).
  ruleId: string;
  entity: string;
  category: Category;
  severity: Severity;
  confidence: number;
  offset: number;
  length: number;
  fieldPath: string;
  role: Role | undefined;
  reason: string | undefined;
  testValue: boolean | undefined;
  #message: string | undefined;
  #masked: string | undefined;
  #fix: FixData | undefined;
  // What the lazy fields are computed from (values read when the finding was built).
  readonly #text: string;
  readonly #start: number;
  readonly #end: number;
  readonly #owner: string | undefined;
  readonly #encoding: Encoding;
  readonly #settings: FindingSettings;

  constructor(
    d: Detection,
    severity: Severity,
    offset: number,
    length: number,
    fieldPath: string,
    role: Role | undefined,
    owner: string | undefined,
    encoding: Encoding,
    text: string,
    settings: FindingSettings,
  ) {
    this.ruleId = d.detectorId;
    this.entity = d.entity;
    this.category = d.category;
    this.severity = severity;
    this.confidence = d.confidence;
    this.offset = offset;
    this.length = length;
    this.fieldPath = fieldPath;
    this.role = role;
    this.reason = d.reason;
    this.testValue = d.testValue || undefined;
    this.#text = text;
    this.#start = d.start;
    this.#end = d.end;
    this.#owner = owner;
    this.#encoding = encoding;
    this.#settings = settings;
  }

  get message(): string {
    return (this.#message ??= findingMessage(this.entity, this.role, this.#owner, this.fieldPath, this.testValue));
  }
  set message(v: string) {
    this.#message = v;
  }

  get masked(): string {
    return (this.#masked ??= maskPreview(this.#text.slice(this.#start, this.#end), this.entity));
  }
  set masked(v: string) {
    this.#masked = v;
  }

  get fix(): FixData {
    return (this.#fix ??= new LazyFixData(this.#encoding, this.entity, this.#text.slice(this.#start, this.#end), this.#settings));
  }
  set fix(v: FixData) {
    this.#fix = v;
  }

  toJSON(): Finding {
    return {
      ruleId: this.ruleId,
      entity: this.entity,
      category: this.category,
      severity: this.severity,
      confidence: this.confidence,
      offset: this.offset,
      length: this.length,
      fieldPath: this.fieldPath,
      role: this.role,
      message: this.message,
      masked: this.masked,
      reason: this.reason,
      testValue: this.testValue,
      fix: this.fix,
    };
  }
}

/**
 * Fix data of a text finding: every field computed on first read (then kept). Drawing a synthetic value (a
 * seeded faker call) costs more than detecting the value, and most findings are reported, never fixed.
 * `toJSON` keeps JSON output the same as a plain object's.
 */
class LazyFixData implements FixData {
  #synthetic: string | undefined | null = null;
  #placeholder: string | undefined;
  #mask: string | undefined;
  #valueHash: string | undefined;
  readonly #encoding: Encoding;
  readonly #entity: string;
  readonly #value: string;
  readonly #settings: FindingSettings;

  constructor(encoding: Encoding, entity: string, value: string, settings: FindingSettings) {
    this.#encoding = encoding;
    this.#entity = entity;
    this.#value = value;
    this.#settings = settings;
  }

  get synthetic(): string | undefined {
    if (this.#synthetic === null) {
      const s = this.#settings.synthesizer;
      this.#synthetic = s ? escapeFor(this.#encoding, s.synthetic(this.#entity, this.#value)) : undefined;
    }
    return this.#synthetic;
  }
  set synthetic(v: string | undefined) {
    this.#synthetic = v;
  }

  get placeholder(): string {
    return (this.#placeholder ??= placeholderIn(this.#encoding, this.#entity));
  }
  set placeholder(v: string) {
    this.#placeholder = v;
  }

  get mask(): string {
    return (this.#mask ??= escapeFor(this.#encoding, maskValue(this.#value)));
  }
  set mask(v: string) {
    this.#mask = v;
  }

  get valueHash(): string {
    return (this.#valueHash ??= hashValue(this.#value, this.#settings.salt));
  }
  set valueHash(v: string) {
    this.#valueHash = v;
  }

  toJSON(): FixData {
    return { synthetic: this.synthetic, placeholder: this.placeholder, mask: this.mask, valueHash: this.valueHash };
  }
}

// Placeholders depend only on encoding and entity: escaped once per pair.
const placeholders = new Map<string, string>();
function placeholderIn(encoding: Encoding, entity: string): string {
  const key = `${encoding}\u0000${entity}`;
  let p = placeholders.get(key);
  if (p === undefined) placeholders.set(key, (p = escapeFor(encoding, placeholderFor(entity))));
  return p;
}
