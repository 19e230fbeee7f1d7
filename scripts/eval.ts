// `npm run eval`: span-level precision/recall of the engine on ../shared/benchdata/pii, plus the flag rate on
// banking77 (no PII). Usage: node dist/eval.js [--shared DIR] [--out FILE] [--only SUBSTRING] [--errors N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadAll } from './eval/corpora';
import { markdownReport } from './eval/report';
import { runCorpus } from './eval/run';
import { scoreCorpus, type CorpusScore } from './eval/score';
import { printErrors } from './eval/errors';
import { barsReport } from './eval/bars';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function repoRoot(): string {
  // dist/eval.js -> repo root; scripts/eval.ts (tsx) -> repo root
  return resolve(__dirname, '..');
}

function main(): void {
  const shared = resolve(arg('--shared') ?? process.env.PII_LINT_SHARED ?? resolve(repoRoot(), '..', 'shared'));
  const out = resolve(arg('--out') ?? resolve(repoRoot(), 'dist', 'eval-results.json'));
  const only = arg('--only');
  const errors = Number(arg('--errors') ?? 0);
  let corpora;
  try {
    corpora = loadAll(shared);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  const scores: CorpusScore[] = [];
  const timing: Record<string, { millis: number; mbPerSecond: number }> = {};
  for (const corpus of corpora) {
    if (only && !corpus.name.includes(only)) continue;
    const run = runCorpus(corpus);
    const score = scoreCorpus(corpus, run.predictions, corpus.negativesOnly ? run.flagged : undefined);
    scores.push(score);
    timing[corpus.name] = { millis: Math.round(run.millis), mbPerSecond: score.chars / 1e6 / (run.millis / 1000) };
    if (errors > 0) printErrors(corpus, run.predictions, errors);
  }
  console.log(markdownReport(scores));
  console.log(barsReport(scores) + '\n');
  for (const [name, t] of Object.entries(timing)) console.log(`${name}: ${t.millis} ms (${t.mbPerSecond.toFixed(2)} MB/s, single pass, cold cache)`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ generated: new Date().toISOString(), shared, scores, timing }, null, 2) + '\n');
  console.log(`\nwrote ${out}`);
}

main();
