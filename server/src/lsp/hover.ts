// Hover on a finding: what was found (masked), where, why it matters, how sure we are, and the rule link.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { entityLabel } from '../engine/findings/messages';
import { allFindings, type Analysis } from './analysis';
import { ruleDocsUrl } from './rules';
import { fsPathOf } from './validator';
import { APP_CODE_WHY, appCodeFixTitle, isAppCodeRule } from '../engine/appcode/rules';

const WHY_PII =
  'Anyone with access to the skill can read its training data, and intent and entity names and values can appear in URLs and logs. ' +
  "IBM's guidance is to keep personal data out of training data (intents, entities, examples) and out of the utterance files uploaded for recommendations.";
const WHY_PHI =
  'Anyone with access to the skill can read its training data, and intent and entity names and values can appear in URLs and logs. ' +
  "IBM's guidance is to keep personal health information (PHI) out of training data and out of the utterance files uploaded for recommendations.";
const WHY_VARIABLE =
  'Values of variables that are not marked private ("Protect data") are written to conversation logs, where anyone with log access can read them.';

/** Findings under a document offset (several may overlap). */
export function findingsAt(a: Analysis, offset: number): Finding[] {
  return allFindings(a).filter((f) => f.offset <= offset && offset <= f.offset + f.length);
}

function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

/** `onDisk`: the document is a file, so the allow-value quick fix (which writes `.piilintrc.json` beside it) is offered. */
export function hoverMarkdown(f: Finding, onDisk: boolean): string {
  const lines: string[] = [];
  lines.push(`**PII Lint: ${entityLabel(f.entity)}** ${code(f.ruleId)} · ${f.severity}`);
  lines.push('');
  lines.push(`${f.message}${f.fieldPath ? ` — ${code(f.fieldPath)}` : ''}`);
  lines.push('');
  const appCode = isAppCodeRule(f.ruleId);
  const facts = appCode ? [`confidence ${Math.round(f.confidence * 100)}%`] : [`Value: ${code(f.masked || '(masked)')}`, `confidence ${Math.round(f.confidence * 100)}%`];
  if (f.reason) facts.push(f.reason);
  lines.push(facts.join(' · '));
  if (f.testValue) {
    lines.push('');
    lines.push('This looks like a well-known test value; replace it anyway if it could be mistaken for real data.');
  }
  lines.push('');
  lines.push(appCode ? APP_CODE_WHY : f.entity === 'UNPROTECTED_VARIABLE' ? WHY_VARIABLE : f.category === 'phi' ? WHY_PHI : WHY_PII);
  lines.push('');
  lines.push(
    appCode
      ? f.fix.edits
        ? `Quick fix: ${appCodeFixTitle(f.ruleId) ?? 'apply the suggested edit'}.`
        : 'No automatic fix: the customer id must come from your own user model.'
      : f.fix.edits
      ? 'Quick fix: protect the variable.'
      : onDisk
      ? 'Quick fixes: replace with a synthetic value that keeps the example useful, a placeholder, or a mask; or allow this value (its salted hash goes to `.piilintrc.json`).'
      : 'Quick fixes: replace with a synthetic value that keeps the example useful, a placeholder, or a mask. (Allowing a value writes `.piilintrc.json` beside the file: save this document to disk first.)',
  );
  lines.push('');
  lines.push(`[Rule documentation](${ruleDocsUrl(f.ruleId)})`);
  return lines.join('\n');
}

export function hoverFor(a: Analysis | undefined, doc: TextDocument, position: { line: number; character: number }): Hover | null {
  if (!a || a.version !== doc.version) return null;
  const offset = doc.offsetAt(position);
  const hits = findingsAt(a, offset);
  if (hits.length === 0) return null;
  const first = hits[0];
  // the same test the code actions use to offer allow-value
  const onDisk = fsPathOf(doc.uri) !== undefined;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map((f) => hoverMarkdown(f, onDisk)).join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.offset), end: doc.positionAt(first.offset + first.length) },
  };
}
