// The acceptance bars of issue 3, checked against the scores (printed after the tables; not an exit code,
// since eval measures rather than gates).
import type { CorpusScore } from './score';

interface Bar {
  corpus: string;
  what: string;
  value: (s: CorpusScore) => number | undefined;
  min?: number;
  max?: number;
}

const BARS: Bar[] = [
  { corpus: 'presidio synth_dataset_v2', what: 'core types recall >= 0.95', value: (s) => s.overall.recall, min: 0.95 },
  { corpus: 'presidio synth_dataset_v2', what: 'core types precision >= 0.90', value: (s) => s.overall.precision, min: 0.9 },
  { corpus: 'presidio generated_large', what: 'core types recall >= 0.95', value: (s) => s.overall.recall, min: 0.95 },
  { corpus: 'presidio generated_large', what: 'core types precision >= 0.90', value: (s) => s.overall.precision, min: 0.9 },
  { corpus: 'restaurant8k train_0', what: 'names recall >= 0.90', value: (s) => s.perClass.PERSON?.recall, min: 0.9 },
  { corpus: 'restaurant8k train_0', what: 'names precision >= 0.90', value: (s) => s.perClass.PERSON?.precision, min: 0.9 },
  { corpus: 'physionet deid', what: 'PHI recall >= 0.90', value: (s) => s.overall.recall, min: 0.9 },
  { corpus: 'physionet deid', what: 'PHI precision >= 0.80', value: (s) => s.overall.precision, min: 0.8 },
  { corpus: 'banking77 train+test', what: 'utterances flagged (warning+) <= 0.5%', value: (s) => s.flaggedShare, max: 0.005 },
];

export function barsReport(scores: CorpusScore[]): string {
  const lines = ['### Bars (issue 3)', '', '| corpus | bar | value | met |', '|---|---|---:|---|'];
  for (const b of BARS) {
    const s = scores.find((x) => x.corpus === b.corpus);
    const v = s ? b.value(s) : undefined;
    if (v === undefined) continue;
    const met = (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max);
    const shown = b.max !== undefined ? `${(v * 100).toFixed(2)}%` : v.toFixed(3);
    lines.push(`| ${b.corpus} | ${b.what} | ${shown} | ${met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}
