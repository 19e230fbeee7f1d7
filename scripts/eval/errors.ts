// Error analysis for developers (`--errors N`): prints missed gold spans and wrong predictions, masked by
// default since the corpora hold (synthetic) personal data; PII_LINT_EVAL_RAW=1 shows raw text locally.
import { classOfEntity, sameClass } from './mapping';
import type { Corpus, Prediction } from './types';

const showRaw = process.env.PII_LINT_EVAL_RAW === '1';

function snippet(text: string, start: number, end: number): string {
  const v = text.slice(start, end);
  const shown = showRaw ? v : v.replace(/[A-Za-z0-9]/g, 'x');
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return JSON.stringify(showRaw ? `${before}[[${shown}]]${after}` : `[[${shown}]]`);
}

export function printErrors(corpus: Corpus, predictions: Prediction[][], limit: number): void {
  const misses: string[] = [];
  const wrong: string[] = [];
  corpus.docs.forEach((doc, i) => {
    const preds = predictions[i];
    for (const g of doc.gold) {
      const cls = corpus.classOf(g.label);
      if (!cls) continue;
      if (!preds.some((p) => p.start < g.end && g.start < p.end && sameClass(classOfEntity(p.entity), cls))) misses.push(`MISS ${g.label} ${doc.id} ${snippet(doc.text, g.start, g.end)}`);
    }
    for (const p of preds) {
      if (!doc.gold.some((g) => p.start < g.end && g.start < p.end)) wrong.push(`FP ${p.ruleId} ${p.severity} ${doc.id} ${snippet(doc.text, p.start, p.end)}`);
    }
  });
  console.log(`\n## ${corpus.name}: ${misses.length} misses, ${wrong.length} unmatched predictions`);
  for (const line of misses.slice(0, limit)) console.log(line);
  for (const line of wrong.slice(0, limit)) console.log(line);
}
