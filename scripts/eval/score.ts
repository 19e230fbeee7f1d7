// Span-level scoring: a prediction counts when it overlaps a gold span.
// - Per class: a gold span of class C is found when a prediction of class C overlaps it; a prediction of class
//   C is correct when it overlaps gold of class C, wrong when it overlaps no in-scope gold of class C and no
//   out-of-scope gold (predictions on out-of-scope labels such as ORGANIZATION are neither right nor wrong).
// - Overall ("any PII"): a gold span is found when any prediction overlaps it; a prediction is correct when
//   it overlaps any in-scope gold span.
import { classOfEntity, sameClass } from './mapping';
import type { Corpus, Prediction } from './types';

export interface ClassScore {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  corpus: string;
  docs: number;
  chars: number;
  perClass: Record<string, ClassScore>;
  overall: ClassScore;
  /** Share of documents with any finding at warning or above (negatives corpora). */
  flaggedShare?: number;
  flaggedDocs?: number;
  /** Predictions that counted as wrong, by rule (for the report's error analysis). */
  falsePositivesByRule: Record<string, number>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function finish(s: Omit<ClassScore, 'precision' | 'recall'>): ClassScore {
  return { ...s, precision: ratio(s.correct, s.predicted), recall: ratio(s.found, s.gold) };
}

export function scoreCorpus(corpus: Corpus, predictionsPerDoc: Prediction[][], flagged?: boolean[]): CorpusScore {
  const per: Record<string, Omit<ClassScore, 'precision' | 'recall'>> = {};
  const overall = { gold: 0, found: 0, predicted: 0, correct: 0 };
  const fpByRule: Record<string, number> = {};
  const bucket = (c: string) => (per[c] ??= { gold: 0, found: 0, predicted: 0, correct: 0 });
  let chars = 0;
  corpus.docs.forEach((doc, i) => {
    chars += doc.text.length;
    const preds = predictionsPerDoc[i];
    const gold = doc.gold.map((g) => ({ ...g, cls: corpus.classOf(g.label) }));
    const inScope = gold.filter((g) => g.cls !== null);
    const outScope = gold.filter((g) => g.cls === null);
    for (const g of inScope) {
      const b = bucket(g.cls!);
      b.gold++;
      overall.gold++;
      if (preds.some((p) => overlaps(p, g) && sameClass(classOfEntity(p.entity), g.cls!))) b.found++;
      if (preds.some((p) => overlaps(p, g))) overall.found++;
    }
    for (const p of preds) {
      const cls = classOfEntity(p.entity);
      const hitsAny = inScope.some((g) => overlaps(p, g));
      const hitsSame = inScope.some((g) => overlaps(p, g) && sameClass(cls, g.cls!));
      const onOutOfScope = outScope.some((g) => overlaps(p, g));
      if (corpus.negativesOnly) {
        bucket(cls).predicted++;
        overall.predicted++;
        fpByRule[p.ruleId] = (fpByRule[p.ruleId] ?? 0) + 1;
        continue;
      }
      if (!hitsSame && !hitsAny && onOutOfScope) continue; // neither right nor wrong
      const b = bucket(cls);
      if (hitsSame || !onOutOfScope || hitsAny) {
        b.predicted++;
        if (hitsSame) b.correct++;
      }
      overall.predicted++;
      if (hitsAny) overall.correct++;
      else fpByRule[p.ruleId] = (fpByRule[p.ruleId] ?? 0) + 1;
    }
  });
  const perClass: Record<string, ClassScore> = {};
  for (const [k, v] of Object.entries(per).sort()) perClass[k] = finish(v);
  const score: CorpusScore = { corpus: corpus.name, docs: corpus.docs.length, chars, perClass, overall: finish(overall), falsePositivesByRule: fpByRule };
  if (flagged) {
    score.flaggedDocs = flagged.filter(Boolean).length;
    score.flaggedShare = score.flaggedDocs / Math.max(1, flagged.length);
  }
  return score;
}
