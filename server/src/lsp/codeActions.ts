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
import { appCodeFixTitle } from '../engine/appcode/rules';
import { entityLabel } from '../engine/findings/messages';
import { allFindings, type Analysis } from './analysis';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, PARSE_ERROR_RULE, type FixStrategy, type PiiDiagnosticData } from './protocol';

export interface EditOptions {
  /** Client supports versioned `documentChanges`. */
  documentChanges: boolean;
}

export function piiData(d: Diagnostic): PiiDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || d.code === PARSE_ERROR_RULE || !d.data || typeof d.data !== 'object') return undefined;
  const data = d.data as PiiDiagnosticData;
  return typeof data.h === 'string' ? data : undefined;
}

/**
 * The finding of the current analysis that a (client-sent) diagnostic stands for: same range, rule and value
 * hash. None when the analysis is not of the document's current version or the diagnostic is stale.
 */
export function findingOf(doc: TextDocument, a: Analysis | undefined, d: Diagnostic, data: PiiDiagnosticData): Finding | undefined {
  if (!a || a.version !== doc.version) return undefined;
  const offset = doc.offsetAt(d.range.start);
  const length = doc.offsetAt(d.range.end) - offset;
  const same = (f: Finding) => f.offset === offset && f.length === length && f.ruleId === d.code && f.fix.valueHash === data.h;
  // Text findings are sorted by offset: binary search for the first at `offset`.
  const list = a.textFindings;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].offset === offset; i++) if (same(list[i])) return list[i];
  return a.structural.find(same);
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

function replacement(data: PiiDiagnosticData, strategy: FixStrategy): string | undefined {
  if (strategy === 'synthetic') return data.s;
  return strategy === 'placeholder' ? data.p : data.m;
}

/** The text edits of one fix of a published diagnostic (from its data), or null when there is none. */
export function fixEditsFor(doc: TextDocument, d: Diagnostic, data: PiiDiagnosticData, strategy: FixStrategy): TextEdit[] | null {
  if (data.e && data.e.length > 0) return rawEditsToTextEdits(doc, data.e);
  const text = replacement(data, strategy);
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
      // Edits only for diagnostics of the current version (a stale range would edit the wrong text).
      const finding = findingOf(doc, analysis, d, data);
      actions.push(...quickFixes(doc, d, data, finding, opts));
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

function quickFixes(doc: TextDocument, d: Diagnostic, data: PiiDiagnosticData, finding: Finding | undefined, opts: EditOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const ruleId = String(d.code);
  const structural = !!data.e && data.e.length > 0;
  if (structural && finding) {
    const edits = fixEditsFor(doc, d, data, 'synthetic');
    if (edits) {
      out.push({ title: appCodeFixTitle(ruleId) ?? 'Mark the variable as private (Protect data)', kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: workspaceEdit(doc, edits, opts) });
    }
  } else if (finding) {
    const label = entityLabel(finding.entity).toLowerCase();
    const strategies: [FixStrategy, string][] = [
      ['synthetic', `Replace with a synthetic ${label}`],
      ['placeholder', `Replace with placeholder ${data.p ?? ''}`],
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
  if (data.h && !structural) {
    out.push({
      title: 'Allow this value (add its salted hash to .piilintrc.json)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Allow this value',
        command: Commands.allowValue,
        arguments: [{ uri: doc.uri, valueHash: data.h, ruleId, entity: finding?.entity }],
      },
    });
  }
  out.push({
    title: `Show documentation for rule ${ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: 'Open rule documentation', command: Commands.openRuleDocs, arguments: [{ ruleId }] },
  });
  return out;
}
