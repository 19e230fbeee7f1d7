// Application-code checks (issue 8): source files that call the assistant are read by a parser for their
// language, and every message call / web chat embed is checked for customer-id labelling and the learning
// opt-out. Pure and synchronous; the parsers load on first use.
import type { FileKind, ParsedDocument, StructuralIssue } from '../types';
import { checkMessageCall, checkWebChat, issue } from './checks';
import { analyzeHtml } from './html';
import { quoteNear } from './insert';
import { analyzeJs } from './js/analyze';
import { dialectOf } from './js/ast';
import type { SourceAnalysis } from './model';
import { mentionsAssistant } from './patterns';
import { analyzePython } from './python/analyze';
import { APP_RULE } from './rules';
import { analyzeShell } from './shell';

export { APP_CODE_RULES, APP_CODE_WHY, appCodeFixTitle, isAppCodeRule } from './rules';
export { trainingOptOutIssues } from './trainingOptOut';

export const APP_KINDS = ['app-js', 'app-python', 'app-html', 'app-shell'] as const satisfies readonly FileKind[];
export type AppKind = (typeof APP_KINDS)[number];

const BY_EXTENSION: Record<string, AppKind> = {
  js: 'app-js', mjs: 'app-js', cjs: 'app-js', jsx: 'app-js', ts: 'app-js', mts: 'app-js', cts: 'app-js', tsx: 'app-js',
  py: 'app-python',
  html: 'app-html', htm: 'app-html',
  sh: 'app-shell', bash: 'app-shell', zsh: 'app-shell',
};

/** File extensions read as application code (the CLI searches folders for them). */
export const APP_EXTENSIONS = Object.keys(BY_EXTENSION);

export function appKindForPath(path: string | undefined): AppKind | null {
  const m = (path ?? '').toLowerCase().match(/\.([a-z]+)$/);
  return m ? (BY_EXTENSION[m[1]] ?? null) : null;
}

export function isAppKind(kind: FileKind | null | undefined): kind is AppKind {
  return !!kind && (APP_KINDS as readonly string[]).includes(kind);
}

/** Larger sources are generated or minified code: parsing them would cost seconds and find nothing useful. */
const MAX_SOURCE_CHARS = 2_000_000;


function analyze(raw: string, kind: AppKind, path: string | undefined): SourceAnalysis {
  switch (kind) {
    case 'app-js':
      return analyzeJs(raw, dialectOf(path));
    case 'app-python':
      return analyzePython(raw);
    case 'app-html':
      return analyzeHtml(raw);
    case 'app-shell':
      return analyzeShell(raw);
  }
}

/** Parses one source file of a known application kind into the engine's document shape (no texts, only issues). */
export function parseAppSource(raw: string, kind: AppKind, path?: string): ParsedDocument {
  const doc: ParsedDocument = { kind, texts: [], problems: [], structural: [], counts: { messageCalls: 0, webChats: 0 } };
  if (!mentionsAssistant(raw)) return doc;
  const structural: StructuralIssue[] = [];
  const start = { start: 0, end: 0 };
  if (raw.length > MAX_SOURCE_CHARS) {
    doc.structural = [issue(APP_RULE.unresolved, start, 'file', `This file mentions the assistant but is too large to check (over ${MAX_SOURCE_CHARS / 1e6} million characters; generated or minified code?)`)];
    return doc;
  }
  let found: SourceAnalysis;
  try {
    found = analyze(raw, kind, path);
  } catch (e) {
    // A shape the analysers did not expect must not become an error finding: "could not tell" is a hint.
    const why = e instanceof Error ? e.message : String(e);
    doc.structural = [issue(APP_RULE.unresolved, start, 'file', `This file mentions the assistant but could not be checked (internal error: ${why.slice(0, 120)})`)];
    return doc;
  }
  if (found.unparsable) {
    structural.push(issue(APP_RULE.unresolved, found.unparsable, 'file', 'This file mentions the assistant but could not be parsed: its calls were not checked'));
  }
  // Field paths name the call and its rank among calls of that name, not its line: baselines key structural
  // findings on the field path, and they must survive lines added above the call.
  const seen = new Map<string, number>();
  const where = (label: string) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} #${n}`;
  };
  for (const call of found.calls) structural.push(...checkMessageCall(raw, call, where(call.label), quoteNear(raw, call.span.start, call.span.end + 200)));
  for (const chat of found.webChats) structural.push(...checkWebChat(chat, where('web chat options')));
  structural.sort((a, b) => a.offset - b.offset);
  doc.structural = structural;
  doc.counts = { messageCalls: found.calls.length, webChats: found.webChats.length };
  return doc;
}
