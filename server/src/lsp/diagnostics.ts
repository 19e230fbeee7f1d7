// Findings and parse problems → LSP diagnostics. Positions come from the document's line index
// (computed once per version by vscode-languageserver-textdocument), so thousands of findings convert fast.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Position } from 'vscode-languageserver/node';
import type { Finding, ParseProblem, Severity } from '../engine/types';
import { DIAGNOSTIC_SOURCE, PARSE_ERROR_RULE, type PiiDiagnosticData } from './protocol';
import { ruleDocsUrl } from './rules';

export interface PositionSource {
  positionAt(offset: number): Position;
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

export function findingToDiagnostic(f: Finding, pos: PositionSource, version: number): Diagnostic {
  const data: PiiDiagnosticData = {
    ruleId: f.ruleId,
    entity: f.entity,
    valueHash: f.fix.valueHash,
    fix: { synthetic: f.fix.synthetic, placeholder: f.fix.placeholder, mask: f.fix.mask, edits: f.fix.edits },
    version,
  };
  if (f.testValue) data.testValue = true;
  const d: Diagnostic = {
    range: { start: pos.positionAt(f.offset), end: pos.positionAt(f.offset + f.length) },
    severity: toLspSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: diagnosticMessage(f),
    data,
  };
  // Hints for well-known test values render faded instead of squiggled.
  if (f.testValue && f.severity === 'hint') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function problemToDiagnostic(p: ParseProblem, pos: PositionSource, version: number): Diagnostic {
  const data: PiiDiagnosticData = { ruleId: PARSE_ERROR_RULE, entity: '', valueHash: '', version };
  return {
    range: { start: pos.positionAt(p.offset), end: pos.positionAt(p.offset + Math.max(p.length, 0)) },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: PARSE_ERROR_RULE,
    codeDescription: { href: ruleDocsUrl(PARSE_ERROR_RULE) },
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
    data,
  };
}

export function buildDiagnostics(
  findings: readonly Finding[],
  problems: readonly ParseProblem[],
  pos: PositionSource,
  version: number,
): Diagnostic[] {
  const out: Diagnostic[] = new Array(problems.length + findings.length);
  let i = 0;
  for (const p of problems) out[i++] = problemToDiagnostic(p, pos, version);
  for (const f of findings) out[i++] = findingToDiagnostic(f, pos, version);
  return out;
}
