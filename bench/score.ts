// Recall against gold spans, read the same way for every tool of a kind:
// redactors: the gold value is no longer intact in the output (fewer occurrences than in the input);
// span detectors (ours, compromise): a reported span overlaps the gold span.
import type { Corpus, GoldSpan } from './corpora';
import type { Answer, Tool } from './tools';

/** Gold types that are person names, for the names-only comparison with compromise. */
export const NAME_TYPES = new Set(['PERSON', 'PTName', 'PTNameInitial', 'HCPName', 'RelativeProxyName']);

export interface Recall {
  found: number;
  total: number;
}

export interface CorpusScore {
  all: Recall;
  names: Recall;
  ms: number;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function caught(answer: Answer, text: string, span: GoldSpan): boolean {
  if (answer.kind === 'spans') return answer.spans.some((s) => s.start < span.end && span.start < s.end);
  const value = text.slice(span.start, span.end);
  return occurrences(answer.output, value) < occurrences(text, value);
}

export function scoreCorpus(tool: Tool, corpus: Corpus): CorpusScore {
  const all: Recall = { found: 0, total: 0 };
  const names: Recall = { found: 0, total: 0 };
  const start = performance.now();
  for (const t of corpus.texts) {
    if (t.spans.length === 0) continue;
    const answer = tool.answer(t.text);
    for (const span of t.spans) {
      const hit = caught(answer, t.text, span);
      all.total++;
      if (hit) all.found++;
      if (NAME_TYPES.has(span.type)) {
        names.total++;
        if (hit) names.found++;
      }
    }
  }
  return { all, names, ms: performance.now() - start };
}

export function ratio(r: Recall | undefined): number {
  return r && r.total ? r.found / r.total : NaN;
}
