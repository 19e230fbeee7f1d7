// Training data: a skill export whose `learning_opt_out` (old exports: `learningOptOut`) is false lets IBM
// use its training data for service improvement. A textual scan of the raw JSON is enough (the key is unique
// to the export's top level) and costs nothing when the key is absent.
import type { StructuralIssue } from '../types';
import { issue } from './checks';
import { APP_RULE } from './rules';

const KEY = /"(learning_opt_out|learningOptOut)"\s*:\s*false\b/g;

export function trainingOptOutIssues(raw: string): StructuralIssue[] {
  if (!raw.includes('earning_opt_out') && !raw.includes('earningOptOut')) return [];
  const out: StructuralIssue[] = [];
  for (const m of raw.matchAll(KEY)) {
    const valueStart = m.index + m[0].length - 'false'.length;
    const span = { start: valueStart, end: valueStart + 5 };
    out.push(
      issue(APP_RULE.trainingLearningOptOut, span, m[1], `${m[1]} is false: IBM may use this skill's training data to improve its service`, [
        { offset: span.start, length: 5, newText: 'true' },
      ]),
    );
  }
  return out;
}
