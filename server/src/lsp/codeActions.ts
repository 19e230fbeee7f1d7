// Code actions for the finding behind each diagnostic (looked up by the key in its data, never recomputed):
// synthetic value (preferred), placeholder, mask, structural fix, allow value, rule docs; plus fix-all for the
// file (quick fix and `source.fixAll.piiLint`), whose edits are filled in by codeAction/resolve when the client
// supports it (they touch every finding of the file, and the editor asks for code actions whenever the cursor moves).
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
import { fsPathOf } from './validator';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, PARSE_ERROR_RULE, type FixStrategy, type PiiDiagnosticData } from './protocol';

export interface EditOptions {
  /** Client supports versioned `documentChanges`. */
  documentChanges: boolean;
  /** Client resolves a code action's `edit` lazily (codeAction/resolve); fix-all actions are sent without one. */
  resolveEdits?: boolean;
}

/** What an unresolved fix-all action carries until codeAction/resolve fills in its edit. */
export interface FixAllActionData {
  piiLintFixAll: { uri: string; strategy: FixStrategy };
}

export function piiData(d: Diagnostic): PiiDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || d.code === PARSE_ERROR_RULE || !d.data || typeof d.data !== 'object') return undefined;
  const data = d.data as PiiDiagnosticData;
  return typeof data.h === 'string' && data.h.length > 0 ? data : undefined;
}

/**
 * The finding of the current analysis that a (client-sent) diagnostic stands for: same range, rule and value
 * hash key. None when the analysis is not of the document's current version or the diagnostic is stale.
 */
export function findingOf(doc: TextDocument, a: Analysis | undefined, d: Diagnostic, data: PiiDiagnosticData): Finding | undefined {
  if (!a || a.version !== doc.version) return undefined;
  const offset = doc.offsetAt(d.range.start);
  const length = doc.offsetAt(d.range.end) - offset;
  const same = (f: Finding) => f.offset === offset && f.length === length && f.ruleId === d.code && f.fix.valueHash.startsWith(data.h);
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

/** The text edits of one fix of a finding of the current analysis. */
export function fixEditsFor(doc: TextDocument, f: Finding, strategy: FixStrategy): TextEdit[] {
  return rawEditsToTextEdits(doc, fixOf(f, strategy));
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
      actions.push(...quickFixes(doc, d, finding, opts));
    }
  }
  const current = analysis && analysis.version === doc.version ? analysis : undefined;
  const fixable = current ? allFindings(current).some((f) => !f.testValue) : false;
  if (current && fixable) {
    const fixAll = (title: string, kind: string): CodeAction =>
      opts.resolveEdits
        ? { title, kind, data: { piiLintFixAll: { uri: doc.uri, strategy: 'synthetic' } } satisfies FixAllActionData }
        : { title, kind, edit: workspaceEdit(doc, fixAllEdits(doc, current), opts) };
    if (wantsKind(only, FIX_ALL_KIND)) actions.push(fixAll('PII Lint: fix all findings in this file', FIX_ALL_KIND));
    if (wantsKind(only, CodeActionKind.QuickFix) && actions.length > 0 && !only) {
      actions.push(fixAll('Replace all personal data in this file with synthetic values', CodeActionKind.QuickFix));
    }
  }
  return actions;
}

export function fixAllActionData(action: CodeAction): FixAllActionData['piiLintFixAll'] | undefined {
  const data = (action.data as Partial<FixAllActionData> | undefined)?.piiLintFixAll;
  return data && typeof data.uri === 'string' ? data : undefined;
}

/**
 * codeAction/resolve of a fix-all action: its edit against the document's current version (a versioned
 * WorkspaceEdit when the client supports it, so an edit computed for an older text is refused by the editor).
 */
export function resolveFixAll(action: CodeAction, doc: TextDocument, analysis: Analysis | undefined, opts: EditOptions): CodeAction {
  const data = fixAllActionData(action);
  if (!data || !analysis || analysis.version !== doc.version) return action;
  const edits = fixAllEdits(doc, analysis, data.strategy);
  return edits.length > 0 ? { ...action, edit: workspaceEdit(doc, edits, opts) } : action;
}

function quickFixes(doc: TextDocument, d: Diagnostic, finding: Finding | undefined, opts: EditOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const ruleId = String(d.code);
  const structural = !!finding?.fix.edits && finding.fix.edits.length > 0;
  if (finding && structural) {
    out.push({
      title: appCodeFixTitle(ruleId) ?? 'Mark the variable as private (Protect data)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: workspaceEdit(doc, fixEditsFor(doc, finding, 'synthetic'), opts),
    });
  } else if (finding) {
    const label = entityLabel(finding.entity).toLowerCase();
    const strategies: [FixStrategy, string][] = [
      ['placeholder', `Replace with placeholder ${finding.fix.placeholder}`],
      ['mask', 'Mask the value'],
    ];
    if (finding.fix.synthetic !== undefined) strategies.unshift(['synthetic', `Replace with a synthetic ${label}`]);
    for (const [strategy, title] of strategies) {
      out.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: strategy === 'synthetic' ? true : undefined,
        edit: workspaceEdit(doc, fixEditsFor(doc, finding, strategy), opts),
      });
    }
  }
  // Allowing writes .piilintrc.json next to the file on disk: not offered for virtual or untitled documents,
  // where configuration files are not read either.
  if (finding && !structural && fsPathOf(doc.uri) !== undefined) {
    out.push({
      title: 'Allow this value (add its salted hash to .piilintrc.json)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Allow this value',
        command: Commands.allowValue,
        arguments: [{ uri: doc.uri, valueHash: finding.fix.valueHash, ruleId, entity: finding.entity }],
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
