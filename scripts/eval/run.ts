// Runs the engine over one corpus: each document as free text (role `utterance`), default configuration.
import { createLinter, type Linter } from '../../server/src/engine/lint';
import type { ExtractedText } from '../../server/src/engine/types';
import { SEVERITY_RANK } from '../../server/src/engine/types';
import { isScoredEntity } from './mapping';
import type { Corpus, Prediction } from './types';

export function asUtterance(text: string): ExtractedText {
  return { text, role: 'utterance', path: 'utterance', pointer: [], rawStart: 0, rawEnd: text.length, encoding: 'plain', segments: [{ d: 0, r: 0 }] };
}

export interface CorpusRun {
  predictions: Prediction[][];
  /** Per document: any finding at warning or above. */
  flagged: boolean[];
  millis: number;
}

/** Predictions are the findings a user sees by default: severity info or above (hints are editor-only). */
export function runCorpus(corpus: Corpus, linter: Linter = createLinter(undefined, { synthesizer: null })): CorpusRun {
  const predictions: Prediction[][] = [];
  const flagged: boolean[] = [];
  const t0 = performance.now();
  for (const doc of corpus.docs) {
    const findings = linter.findingsForText(doc.text, asUtterance(doc.text));
    const shown = findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.info && isScoredEntity(f.entity));
    predictions.push(shown.map((f) => ({ start: f.offset, end: f.offset + f.length, entity: f.entity, ruleId: f.ruleId, severity: f.severity })));
    flagged.push(findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning));
  }
  return { predictions, flagged, millis: performance.now() - t0 };
}
