// Code actions from diagnostic data (never recomputed): synthetic value (preferred), placeholder, mask,
// structural fix, allow value, rule docs; plus fix-all for the file (quick fix and `source.fixAll.piiLint`).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RawEdit } from '../engine/types';
import { allFindings, type Analysis } from './analysis';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, PARSE_ERROR_RULE, type FixStrategy, type PiiDiagnosticData } from './protocol';

export interface EditOptions {
  /** Client supports versioned `documentChanges`. */
  documentChanges: boolean;
}

export function piiData(d: Diagnostic): PiiDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || !d.data || typeof d.data !== 'object') return undefined;
  const data = d.data as PiiDiagnosticData;
  return typeof data.ruleId === 'string' && data.ruleId !== PARSE_ERROR_RULE ? data : undefined;
}

export function rawEditsToTextEdits(doc: TextDocument, edits: RawEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.newText }));
}

export function workspaceEdit(doc: TextDocument, edits: TextEdit[], opts: EditOptions): WorkspaceEdit {
  if (opts.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  return { changes: { [doc.uri]: edits } };
}

function replacement(fix: NonNullable<PiiDiagnosticData['fix']>, strategy: FixStrategy): string | undefined {
  if (strategy === 'synthetic') return fix.synthetic;
  return strategy === 'placeholder' ? fix.placeholder : fix.mask;
}

/** The text edits of one fix of a published diagnostic, or null when it cannot apply to this version. */
export function fixEditsFor(doc: TextDocument, d: Diagnostic, data: PiiDiagnosticData, strategy: FixStrategy): TextEdit[] | null {
  if (!data.fix || data.version !== doc.version) return null;
  if (data.fix.edits && data.fix.edits.length > 0) return rawEditsToTextEdits(doc, data.fix.edits);
  const text = replacement(data.fix, strategy);
  return text === undefined ? null : [{ range: d.range, newText: text }];
}

/** Non-overlapping edits that fix every finding of the analysis (test values are left alone). */
export function fixAllEdits(doc: TextDocument, a: Analysis, strategy: FixStrategy = 'synthetic'): TextEdit[] {
  const edits: RawEdit[] = [];
  let end = -1;
  for (const f of allFindings(a)) {
    if (f.testValue) continue;
    const raw = fixOf(f, strategy);
    if (raw.length === 0) continue;
    const first = Math.min(...raw.map((e) => e.offset));
    if (first < end) continue;
    for (const e of raw) edits.push(e);
    end = Math.max(...raw.map((e) => e.offset + e.length));
  }
  edits.sort((x, y) => x.offset - y.offset);
  return rawEditsToTextEdits(doc, edits);
}

function fixOf(f: Finding, strategy: FixStrategy): RawEdit[] {
  if (f.fix.edits && f.fix.edits.length > 0) return f.fix.edits;
  const text = strategy === 'synthetic' ? (f.fix.synthetic ?? f.fix.placeholder) : strategy === 'placeholder' ? f.fix.placeholder : f.fix.mask;
  return [{ offset: f.offset, length: f.length, newText: text }];
}

function wantsKind(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeActionsFor(
  params: CodeActionParams,
  doc: TextDocument,
  analysis: Analysis | undefined,
  opts: EditOptions,
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wantsKind(only, CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      const data = piiData(d);
      if (!data) continue;
      actions.push(...quickFixes(doc, d, data, opts));
    }
  }
  const current = analysis && analysis.version === doc.version ? analysis : undefined;
  const fixable = current ? allFindings(current).some((f) => !f.testValue) : false;
  if (current && fixable) {
    const edits = fixAllEdits(doc, current);
    if (edits.length > 0) {
      if (wantsKind(only, FIX_ALL_KIND)) {
        actions.push({ title: 'PII Lint: fix all findings in this file', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, opts) });
      }
      if (wantsKind(only, CodeActionKind.QuickFix) && actions.length > 0 && !only) {
        actions.push({
          title: 'Replace all personal data in this file with synthetic values',
          kind: CodeActionKind.QuickFix,
          edit: workspaceEdit(doc, edits, opts),
        });
      }
    }
  }
  return actions;
}

function quickFixes(doc: TextDocument, d: Diagnostic, data: PiiDiagnosticData, opts: EditOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const fix = data.fix;
  const label = data.entity.toLowerCase().replace(/_/g, ' ');
  if (fix?.edits && fix.edits.length > 0) {
    const edits = fixEditsFor(doc, d, data, 'synthetic');
    if (edits) {
      out.push({ title: 'Mark the variable as private (Protect data)', kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: workspaceEdit(doc, edits, opts) });
    }
  } else if (fix) {
    const strategies: [FixStrategy, string][] = [
      ['synthetic', `Replace with a synthetic ${label}`],
      ['placeholder', `Replace with placeholder ${fix.placeholder}`],
      ['mask', 'Mask the value'],
    ];
    for (const [strategy, title] of strategies) {
      const edits = fixEditsFor(doc, d, data, strategy);
      if (!edits) continue;
      out.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: strategy === 'synthetic' ? true : undefined,
        edit: workspaceEdit(doc, edits, opts),
      });
    }
  }
  if (data.valueHash && !(fix?.edits && fix.edits.length > 0)) {
    out.push({
      title: 'Allow this value (add its salted hash to .piilintrc.json)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Allow this value',
        command: Commands.allowValue,
        arguments: [{ uri: doc.uri, valueHash: data.valueHash, ruleId: data.ruleId, entity: data.entity }],
      },
    });
  }
  out.push({
    title: `Show documentation for rule ${data.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: 'Open rule documentation', command: Commands.openRuleDocs, arguments: [{ ruleId: data.ruleId }] },
  });
  return out;
}
