// Training data: a skill export whose `learning_opt_out` (old exports: `learningOptOut`) is false lets IBM
// use its training data for service improvement. A textual scan of the raw JSON is enough (the key is unique
// to the export's top level) and costs nothing when the key is absent.
import type { StructuralIssue } from '../types';
import { issue } from './checks';
import { APP_RULE } from './rules';

const KEY = /"(learning_opt_out|learningOptOut)"\s*:\s*false\b/g;
const NAMES = ['learning_opt_out', 'learningOptOut'] as const;

function optOutIssue(name: string, valueStart: number): StructuralIssue {
  const span = { start: valueStart, end: valueStart + 5 };
  return issue(APP_RULE.trainingLearningOptOut, span, name, `${name} is false: IBM may use this skill's training data to improve its service`, [
    { offset: span.start, length: 5, newText: 'true' },
  ]);
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The key name when `"learning_opt_out" : ` (or the old name) stands right before raw[valueStart], else null. */
function optOutKeyBefore(raw: string, valueStart: number): string | null {
  let i = valueStart - 1;
  while (i >= 0 && isJsonSpace(raw.charCodeAt(i))) i--;
  if (raw.charCodeAt(i) !== 0x3a) return null;
  i--;
  while (i >= 0 && isJsonSpace(raw.charCodeAt(i))) i--;
  if (raw.charCodeAt(i) !== 0x22) return null;
  for (const name of NAMES) {
    const open = i - name.length - 1;
    if (open >= 0 && raw.charCodeAt(open) === 0x22 && raw.startsWith(name, open + 1)) return name;
  }
  return null;
}

/**
 * Issues for every `"learning_opt_out": false`. `falseValues` (offsets of the `false` literals of a document
 * that parsed without any problem, in order) spares the scan of the whole text: in well-formed JSON every match
 * of the textual pattern ends at such a literal, so looking back from each one finds exactly the same matches.
 * Without it (malformed input) the raw text is scanned.
 */
export function trainingOptOutIssues(raw: string, falseValues?: readonly number[]): StructuralIssue[] {
  if (falseValues) {
    const out: StructuralIssue[] = [];
    for (const at of falseValues) {
      const name = optOutKeyBefore(raw, at);
      if (name !== null) out.push(optOutIssue(name, at));
    }
    return out;
  }
  if (!raw.includes('earning_opt_out') && !raw.includes('earningOptOut')) return [];
  const out: StructuralIssue[] = [];
  for (const m of raw.matchAll(KEY)) out.push(optOutIssue(m[1], m.index + m[0].length - 'false'.length));
  return out;
}
