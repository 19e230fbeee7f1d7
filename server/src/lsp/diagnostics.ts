// Findings and parse problems → LSP diagnostics. Positions come from the document's line index, so thousands
// of findings convert fast; each open document keeps the Diagnostic built for each finding and reuses it while
// the finding's range is unchanged (an edit moves only the findings on its own line, or all later lines when
// it adds or removes lines), so a keystroke in a 10 MB file rebuilds a handful of diagnostics, not thousands.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Position } from 'vscode-languageserver/node';
import type { Finding, ParseProblem, Severity } from '../engine/types';
import { DIAGNOSTIC_SOURCE, PARSE_ERROR_RULE, type PiiDiagnosticData } from './protocol';
import { ruleDocsUrl } from './rules';

export interface PositionSource {
  positionAt(offset: number): Position;
  readonly lineCount: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s] ?? DiagnosticSeverity.Warning;
}

/** One shared codeDescription object per rule (they are serialised, never mutated). */
const descriptions = new Map<string, { href: string }>();
function descriptionOf(ruleId: string): { href: string } {
  let d = descriptions.get(ruleId);
  if (!d) descriptions.set(ruleId, (d = { href: ruleDocsUrl(ruleId) }));
  return d;
}

/**
 * The engine's message plus the field path, without repeating what the message already says:
 * "Email address in an example of intent #update_contact (example 1)".
 */
export function diagnosticMessage(f: Finding): string {
  const base = f.message || f.entity;
  if (!f.fieldPath || base.includes(f.fieldPath)) return base;
  const parts = f.fieldPath.split(', ');
  while (parts.length > 1 && base.includes(parts[0])) parts.shift();
  return `${base} (${parts.join(', ')})`;
}

/** Hex digits of the value hash a diagnostic carries: enough to tell two values at the same range apart. */
export const HASH_KEY_LENGTH = 16;

/**
 * What the code actions need to find the diagnostic's finding in the server's current analysis, which holds
 * its fix data (replacements, structural edits, the full hash): nothing the diagnostic already says (the rule
 * id is its `code`, the range is its range). A 10 MB file republishes ~8,000 diagnostics after every edit, and
 * replacements carried here cost the client parse time on each keystroke for a fix it rarely applies.
 */
export function diagnosticData(f: Finding): PiiDiagnosticData {
  const data: PiiDiagnosticData = { h: f.fix.valueHash.slice(0, HASH_KEY_LENGTH) };
  if (f.testValue) data.t = 1;
  return data;
}

export function findingToDiagnostic(f: Finding, pos: PositionSource): Diagnostic {
  const d: Diagnostic = {
    range: { start: pos.positionAt(f.offset), end: pos.positionAt(f.offset + f.length) },
    severity: toLspSeverity(f.severity),
    code: f.ruleId,
    codeDescription: descriptionOf(f.ruleId),
    source: DIAGNOSTIC_SOURCE,
    message: diagnosticMessage(f),
    data: diagnosticData(f),
  };
  // Hints for well-known test values render faded instead of squiggled.
  if (f.testValue && f.severity === 'hint') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function problemToDiagnostic(p: ParseProblem, pos: PositionSource): Diagnostic {
  return {
    range: { start: pos.positionAt(p.offset), end: pos.positionAt(p.offset + Math.max(p.length, 0)) },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: PARSE_ERROR_RULE,
    codeDescription: descriptionOf(PARSE_ERROR_RULE),
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
  };
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  const da = a.data as PiiDiagnosticData | undefined;
  const db = b.data as PiiDiagnosticData | undefined;
  return (
    samePosition(a.range.start, b.range.start) &&
    samePosition(a.range.end, b.range.end) &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    a.codeDescription?.href === b.codeDescription?.href &&
    String(a.tags ?? '') === String(b.tags ?? '') &&
    da?.h === db?.h &&
    da?.t === db?.t
  );
}

/** Whether two diagnostic lists say the same (the fields this server sets; mostly the very same objects). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

/** Where a finding keeps the diagnostic built for it (a symbol property: no WeakMap write per finding and edit). */
const BUILT = Symbol('piiLint.diagnostic');
interface Built {
  diagnostic: Diagnostic;
  /** The finding's offset when `diagnostic` was built or last confirmed. */
  offset: number;
  /** The build that last confirmed `diagnostic` (DiagnosticCache.generation). */
  generation: number;
  /** The cache that built it (a finding shown in two caches never shares an entry). */
  owner: DiagnosticCache;
}
type WithBuilt = Finding & { [BUILT]?: Built };

/** The one region of the document that changed since the cache's last build, in current offsets. */
export interface EditSinceLastBuild {
  /** Text before this offset is unchanged. */
  start: number;
  /** Text from this offset on is the old text after the region (moved by the region's change in length). */
  end: number;
}

export interface BuildOptions {
  /** Version of the document the findings are of (see `version`). */
  version?: number;
  /** Set only when it describes every change since the last build (the validator checks `version`). */
  edit?: EditSinceLastBuild;
  /**
   * A partial result of a full lint: the next build is not an edit on top of this one, so the line count is
   * not needed (reading it would index every line of a big file before its first findings are shown).
   */
  partial?: boolean;
}

/**
 * Diagnostics of one document, reusing the object built for a finding while its range is unchanged. Findings are
 * kept by the analysis across edits (moved in place), so the entry lives on the finding itself; re-detected texts
 * and full lints make new findings, which get new diagnostics. When the caller says which region changed since
 * the last build, findings before it and (if the line count is unchanged) on lines after it keep their position
 * without a look-up: a keystroke in a 10 MB file then costs a pass over the findings, not thousands of
 * position searches.
 */
export class DiagnosticCache {
  private generation = 0;
  private lineCount = -1;
  /** Document version of the last build. */
  version: number | undefined;

  build(findings: readonly Finding[], problems: readonly ParseProblem[], pos: PositionSource, opts: BuildOptions = {}): Diagnostic[] {
    const previous = this.generation;
    const generation = ++this.generation;
    const edit = opts.edit;
    const keepBefore = edit ? edit.start : -1;
    const keepAfter = edit ? edit.end : Infinity;
    // Same number of lines: text after the edit's last line kept its line numbers and its line starts.
    const keepAfterLine = edit && pos.lineCount === this.lineCount ? pos.positionAt(edit.end).line : Infinity;
    this.lineCount = opts.partial ? -1 : pos.lineCount;
    this.version = opts.version;
    const out: Diagnostic[] = new Array(problems.length + findings.length);
    let i = 0;
    for (const p of problems) out[i++] = problemToDiagnostic(p, pos);
    for (const f of findings as WithBuilt[]) {
      const cached = f[BUILT];
      if (cached && cached.owner === this) {
        const unmoved =
          cached.generation === previous &&
          ((f.offset + f.length <= keepBefore && cached.offset === f.offset) || (f.offset >= keepAfter && cached.diagnostic.range.start.line > keepAfterLine));
        if (!unmoved) {
          const start = pos.positionAt(f.offset);
          const r = cached.diagnostic.range;
          if (!samePosition(r.start, start) || (cached.offset !== f.offset && !samePosition(r.end, pos.positionAt(f.offset + f.length)))) {
            cached.diagnostic = { ...cached.diagnostic, range: { start, end: pos.positionAt(f.offset + f.length) } };
          }
        }
        cached.offset = f.offset;
        cached.generation = generation;
        out[i++] = cached.diagnostic;
      } else {
        const diagnostic = findingToDiagnostic(f, pos);
        const entry: Built = { diagnostic, offset: f.offset, generation, owner: this };
        Object.defineProperty(f, BUILT, { value: entry, writable: true, configurable: true, enumerable: false });
        out[i++] = diagnostic;
      }
    }
    return out;
  }
}

/** Diagnostics without a cache (scan results of files that are not open). */
export function buildDiagnostics(findings: readonly Finding[], problems: readonly ParseProblem[], pos: PositionSource): Diagnostic[] {
  return new DiagnosticCache().build(findings, problems, pos);
}
