// Full-detection throughput on an utterance log (banking77 + restaurant8k + presidio sentences, one per line),
// by CPU time (the machine is shared: compare runs by CPU time, not wall clock).
// Usage: npx tsx scripts/speed-lint.ts [rounds]   (`npm run bench` measures against peers)
import * as fs from 'fs';
import * as path from 'path';
import { createLinter } from '../server/src/engine/lint';
import { loadBanking77, loadCorpora, oneLine } from '../bench/corpora';

const shared = process.env.PII_LINT_SHARED ?? path.resolve(__dirname, '..', '..', 'shared');
const lines: string[] = [...loadBanking77(shared)];
for (const r of JSON.parse(fs.readFileSync(path.join(shared, 'benchdata/pii/polyai-restaurant8k/train_0.json'), 'utf8')) as { userInput: { text: string } }[]) lines.push(r.userInput.text);
for (const c of loadCorpora(shared)) if (c.id !== 'physionet') for (const t of c.texts) lines.push(t.text);
const raw = lines.map(oneLine).join('\n') + '\n';
const mb = Buffer.byteLength(raw) / 1e6;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

let c0 = cpu();
const linter = createLinter();
linter.lint('warm up: Loree Flinchum lives in Catonsville', { kind: 'utterances' });
console.log(`first lint (dictionaries): ${(cpu() - c0).toFixed(0)} ms cpu`);
const rounds = Number(process.argv[2] ?? 3);
for (let r = 0; r < rounds; r++) {
  linter.clearCache();
  c0 = cpu();
  const res = linter.lint(raw, { kind: 'utterances' });
  const ms = cpu() - c0;
  console.log(`round ${r}: ${lines.length} utterances, ${mb.toFixed(2)} MB, ${res.findings.length} findings, ${ms.toFixed(0)} ms cpu = ${(mb / (ms / 1000)).toFixed(2)} MB/s`);
}
