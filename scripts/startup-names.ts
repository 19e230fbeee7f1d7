// Start-up cost of the engine's first lint (dominated by the person-name dictionaries): bundles a tiny entry with
// esbuild (as the CLI and server are shipped), then runs it in fresh node processes and reports the CPU time of
// `createLinter()` + the first `lint()` (median of N runs). Usage: npx tsx scripts/startup-names.ts [runs=5] [--lexicon-first]
// (--lexicon-first builds the name dictionaries before the first lint and prints that time on its own)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'pii-startup-'));
const entry = join(dir, 'entry.ts');
const out = join(dir, 'entry.js');
const engine = resolve(__dirname, '../server/src/engine');
const lexiconFirst = process.argv.includes('--lexicon-first');
writeFileSync(entry, `
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t0 = cpu();
const { createLinter } = require(${JSON.stringify(engine)});
const t1 = cpu();
${lexiconFirst ? `require(${JSON.stringify(engine + '/detectors/names/lexicon')}).nameLexicon(); console.error('lexicon alone', (cpu() - t1).toFixed(0), 'ms cpu');` : ''}
const linter = createLinter();
const r = linter.lint('Hi, my name is Kraig Calligaro and I need to cancel my table for tonight\\n', { path: 'utterances.txt' });
if (!r.findings.some((f) => f.entity === 'PERSON')) throw new Error('no name found: the measurement would be void');
const t2 = cpu();
console.log(JSON.stringify({ load: t1 - t0, firstLint: t2 - t1 }));
`);
buildSync({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
const samples: { load: number; firstLint: number }[] = [];
for (let i = 0; i < runs; i++) samples.push(JSON.parse(execFileSync(process.execPath, [out], { encoding: 'utf8' })));
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`engine load ${median(samples.map((s) => s.load)).toFixed(0)} ms cpu, first lint ${median(samples.map((s) => s.firstLint)).toFixed(0)} ms cpu (median of ${runs} fresh processes)`);
