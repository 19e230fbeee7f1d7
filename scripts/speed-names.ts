// Throughput of the person-name and health detectors on an utterance log (banking77 + restaurant8k texts).
// Usage: npx tsx scripts/speed-names.ts   (engine-level; `npm run bench` measures the whole pipeline)
import * as fs from 'fs';
import * as path from 'path';
import type { DetectContext, Detector } from '../server/src/engine/detectors/types';
import { personNameDetector } from '../server/src/engine/detectors/names';
import { healthDisclosureDetector, healthTermDetector } from '../server/src/engine/detectors/health';

const shared = process.env.PII_LINT_SHARED ?? path.resolve(__dirname, '..', '..', 'shared');
const bench = path.join(shared, 'benchdata', 'pii');
const texts: string[] = [];
for (const f of ['train.csv', 'test.csv']) {
  for (const row of fs.readFileSync(path.join(bench, 'polyai-banking77', f), 'utf8').split('\n').slice(1)) {
    const m = /^"((?:[^"]|"")*)",|^([^,]*),/.exec(row);
    if (m) texts.push((m[1] ?? m[2]).replace(/""/g, '"'));
  }
}
if (!process.argv.includes('--banking-only')) for (const r of JSON.parse(fs.readFileSync(path.join(bench, 'polyai-restaurant8k', 'train_0.json'), 'utf8')) as { userInput: { text: string } }[]) texts.push(r.userInput.text);
const dets: Detector[] = [personNameDetector, healthTermDetector, healthDisclosureDetector];
function runAll(t: string): number {
  const lower = t.toLowerCase();
  const ctx: DetectContext = { lower, options: { healthTermsAlone: 'off', testValues: 'info' } };
  let n = 0;
  for (const d of dets) if (!d.quickCheck || d.quickCheck(lower, t)) n += d.detect(t, ctx).length;
  return n;
}
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
let c0 = cpu();
runAll('warm up Loree Flinchum');
console.log(`first call (dictionary build): ${(cpu() - c0).toFixed(0)} ms cpu`);
let chars = 0;
for (const t of texts) chars += t.length;
for (let round = 0; round < 8; round++) {
  c0 = cpu();
  for (const t of texts) runAll(t);
  const ms = cpu() - c0;
  console.log(`round ${round}: ${texts.length} utterances, ${chars} chars in ${ms.toFixed(0)} ms cpu = ${(chars / ms).toFixed(0)} chars/ms (${(chars / ms / 1000).toFixed(1)} MB/s)`);
}
// single ~200-char utterance latency
const u = 'Hi, this is Bridgette Savary speaking, I booked a table for 4 under my name for tonight at 8pm but we are running late; can you hold it for twenty minutes please? Thanks a lot!';
const samples: number[] = [];
for (let i = 0; i < 2000; i++) { const t0 = process.hrtime.bigint(); runAll(u); samples.push(Number(process.hrtime.bigint() - t0) / 1e6); }
samples.sort((a, b) => a - b);
console.log(`${u.length}-char utterance median ${samples[1000].toFixed(4)} ms, p95 ${samples[1900].toFixed(4)} ms`);
for (const d of dets) {
  let passed = 0;
  const c1 = cpu();
  for (let r = 0; r < 6; r++) for (const t of texts) {
    const lower = t.toLowerCase();
    const ctx: DetectContext = { lower, options: { healthTermsAlone: 'off', testValues: 'info' } };
    if (!d.quickCheck || d.quickCheck(lower, t)) { passed++; d.detect(t, ctx); }
  }
  const ms = (cpu() - c1) / 6;
  console.log(`${d.id}: quickCheck passes ${(100 * passed / 6 / texts.length).toFixed(1)}%, ${(chars / ms / 1000).toFixed(1)} MB/s alone`);
}
if (process.argv.includes('--show-pass')) {
  let k = 0;
  for (const t of texts.slice(0, 13000)) { const lower = t.toLowerCase(); if (personNameDetector.quickCheck!(lower, t) && k++ < 40) console.log('PASS', t); }
}
