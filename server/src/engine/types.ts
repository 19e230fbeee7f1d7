// Shared vocabulary of the engine. Everything downstream of the format layer speaks in raw-document
// UTF-16 offsets; decoded-text offsets never leave the engine.

export const FILE_KINDS = [
  'dialog', 'actions', 'intents-csv', 'entities-csv', 'phrases-csv', 'utterances', 'logs',
  // Application code that calls the assistant (issue 8: customer-id labelling, learning opt-out).
  'app-js', 'app-python', 'app-html', 'app-shell',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export type Category = 'pii' | 'phi';

/** Entity types the engine reports (detectors, synthesizer, placeholders and eval mappings all use these names). */
export const ENTITY_TYPES = [
  'PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'STREET_ADDRESS', 'POSTAL_CODE', 'DATE_OF_BIRTH', 'DATE', 'AGE',
  'US_SSN', 'US_ITIN', 'PASSPORT', 'DRIVER_LICENSE', 'CREDIT_CARD', 'CARD_CVV', 'CARD_EXPIRY', 'IBAN_CODE', 'SWIFT_CODE',
  'BANK_ACCOUNT', 'ABA_ROUTING', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'USERNAME', 'PASSWORD', 'API_KEY', 'VIN',
  'LICENSE_PLATE', 'DEVICE_ID', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'IN_AADHAAR', 'IN_PAN', 'AU_TFN',
  'MEDICAL_RECORD_NUMBER', 'HEALTH_PLAN_ID', 'US_MBI', 'US_NPI', 'US_DEA', 'ICD10_CODE', 'HEALTH_TERM', 'HEALTH_DISCLOSURE',
  'LOCATION', 'UNPROTECTED_VARIABLE', 'CUSTOM',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where a piece of text lives in the training data. */
export type Role =
  | 'skill-name'
  | 'skill-description'
  | 'intent-name'
  | 'intent-description'
  | 'intent-example'
  | 'counterexample'
  | 'entity-name'
  | 'entity-value'
  | 'synonym'
  | 'pattern'
  | 'dialog-title'
  | 'dialog-response'
  | 'context-value'
  | 'action-title'
  | 'action-phrase'
  | 'step-text'
  | 'variable-value'
  | 'variable-title'
  | 'variable-description'
  | 'utterance'
  | 'log-input'
  | 'log-output';

/** How the text is written in the raw file; the fix writer escapes replacements accordingly. */
export type RawEncoding = 'json-string' | 'csv-quoted' | 'csv-unquoted' | 'plain';

/**
 * One piece of user-visible text with its exact place in the raw document.
 * `segments` maps decoded offsets to raw offsets: each entry says "decoded index `d` sits at raw offset `r`,
 * and from there on decoded and raw advance together until the next entry". The first entry is always
 * `{ d: 0, r: rawStart }`. Use `toRawOffset` from formats/offsets.ts to map.
 */
export interface ExtractedText {
  text: string;
  role: Role;
  /** Readable location, e.g. `intent #update_contact, example 3`. */
  path: string;
  /** JSON pointer-like path (keys and indices), or [row, column] for CSV/logs. */
  pointer: (string | number)[];
  /** Raw range of the value (inside the quotes for JSON strings and quoted CSV cells). */
  rawStart: number;
  rawEnd: number;
  encoding: RawEncoding;
  segments: { d: number; r: number }[];
  /** Intent or action this text belongs to, when there is one (used in messages). */
  owner?: string;
}

export interface ParseProblem {
  message: string;
  offset: number;
  length: number;
  /** 'error' for malformed input, 'warning' for suspicious but readable input. */
  severity: 'error' | 'warning';
}

/** A raw-document edit: replace [offset, offset+length) with newText. */
export interface RawEdit {
  offset: number;
  length: number;
  newText: string;
}

/** What every reported problem carries: the rule, what was found, how sure we are, and where (raw range). */
export interface FindingBase {
  ruleId: string;
  entity: string;
  category: Category;
  severity: Severity;
  confidence: number;
  /** Raw-document range, UTF-16 code units. */
  offset: number;
  length: number;
  fieldPath: string;
  message: string;
}

/** A finding that comes from the structure of the file rather than from text, e.g. an unprotected variable. */
export interface StructuralIssue extends FindingBase {
  /** Edits that fix the issue (e.g. set privacy.enabled to true). */
  fix?: RawEdit[];
}

export interface ParsedDocument {
  kind: FileKind | null;
  texts: ExtractedText[];
  problems: ParseProblem[];
  structural: StructuralIssue[];
  /** Counts of what was extracted (intents, examples, entities, values, synonyms, patterns, dialogNodes, actions, steps, phrases, utterances...). */
  counts: Record<string, number>;
}

/** A detection inside one decoded text (decoded offsets); the engine maps it to raw offsets. */
export interface Detection {
  detectorId: string;
  entity: string;
  category: Category;
  start: number;
  end: number;
  confidence: number;
  severity: Severity;
  /** True when the value is a well-known test/sample value (reported as info "looks like a test value"). */
  testValue?: boolean;
  /** Short reason shown in hovers, e.g. "Luhn checksum valid, card context". Never contains the value. */
  reason?: string;
}

/** What the fix writers need, precomputed so code actions never recompute. Replacements are already escaped for the raw encoding. */
export interface FixData {
  synthetic?: string;
  placeholder: string;
  mask: string;
  /** Salted hash of the normalised value, used by allow-lists and baselines. */
  valueHash: string;
  /** Extra edits (structural fixes). When present they replace the range edit. */
  edits?: RawEdit[];
}

export interface Finding extends FindingBase {
  role?: Role;
  /** Masked preview such as d*****@g****.com. Never the raw value. */
  masked: string;
  reason?: string;
  testValue?: boolean;
  fix: FixData;
}

export interface LintResult {
  path?: string;
  kind: FileKind | null;
  findings: Finding[];
  problems: ParseProblem[];
  counts: Record<string, number>;
}
