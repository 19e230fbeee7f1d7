// Quick evaluation of the person-name (and location) detectors on ../shared/benchdata/pii.
// Usage: npx tsx scripts/eval-names.ts [--show-fp N] [--show-fn N] [--corpus name]
// Counting: a prediction is correct when it overlaps a gold span of the mapped types; recall counts gold spans hit.
import * as fs from 'fs';
import * as path from 'path';
import type { Detector, DetectContext } from '../server/src/engine/detectors/types';
import type { Detection } from '../server/src/engine/types';
import { SEVERITY_RANK } from '../server/src/engine/types';
import { personNameDetector } from '../server/src/engine/detectors/names';
import { phiLocationDetector } from '../server/src/engine/detectors/phi-location';

const shared = process.env.PII_LINT_SHARED ?? path.resolve(__dirname, '..', '..', 'shared');
const bench = path.join(shared, 'benchdata', 'pii');
const args = process.argv.slice(2);
const showFp = Number(args[args.indexOf('--show-fp') + 1] ?? 0) || 0;
const showFn = Number(args[args.indexOf('--show-fn') + 1] ?? 0) || 0;
const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const minSev = (args.includes('--min') ? args[args.indexOf('--min') + 1] : 'info') as keyof typeof SEVERITY_RANK;

interface Doc { text: string; gold: { start: number; end: number }[] }

function run(det: Detector, text: string): Detection[] {
  const lower = text.toLowerCase();
  const ctx: DetectContext = { lower, options: { healthTermsAlone: 'off', testValues: 'info' } };
  if (det.quickCheck && !det.quickCheck(lower, text)) return [];
  return det.detect(text, ctx).filter((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[minSev]);
}

function score(name: string, docs: Doc[], det: Detector): void {
  let tp = 0, fp = 0, goldHit = 0, goldN = 0;
  const fps: string[] = [];
  const fns: string[] = [];
  for (const d of docs) {
    const preds = run(det, d.text);
    for (const p of preds) {
      if (d.gold.some((g) => p.start < g.end && g.start < p.end)) tp++;
      else { fp++; fps.push(`${JSON.stringify(d.text.slice(p.start, p.end))} (${p.confidence} ${p.reason}) in ${JSON.stringify(d.text.slice(Math.max(0, p.start - 50), p.end + 30))}`); }
    }
    for (const g of d.gold) {
      goldN++;
      if (preds.some((p) => p.start < g.end && g.start < p.end)) goldHit++;
      else fns.push(`${JSON.stringify(d.text.slice(g.start, g.end))} in ${JSON.stringify(d.text.slice(Math.max(0, g.start - 60), g.end + 30))}`);
    }
  }
  const P = tp / Math.max(1, tp + fp), R = goldHit / Math.max(1, goldN);
  console.log(`${name.padEnd(28)} P ${P.toFixed(3)}  R ${R.toFixed(3)}  (pred ${tp + fp}, gold ${goldN})`);
  const pick = (a: string[], n: number) => a.sort(() => 0.5 - Math.random()).slice(0, n);
  if (showFp) for (const s of pick(fps, showFp)) console.log('  FP', s);
  if (showFn) for (const s of pick(fns, showFn)) console.log('  FN', s);
}

function presidio(file: string): Doc[] {
  const recs = JSON.parse(fs.readFileSync(path.join(bench, 'presidio-research', file), 'utf8')) as { full_text: string; spans: { entity_type: string; start_position: number; end_position: number }[] }[];
  return recs.map((r) => ({ text: r.full_text, gold: r.spans.filter((s) => s.entity_type === 'PERSON').map((s) => ({ start: s.start_position, end: s.end_position })) }));
}

function restaurant(): Doc[] {
  const recs = JSON.parse(fs.readFileSync(path.join(bench, 'polyai-restaurant8k', 'train_0.json'), 'utf8')) as { userInput: { text: string }; labels?: { slot: string; valueSpan: { startIndex?: number; endIndex: number } }[] }[];
  return recs.map((r) => {
    const spans = (r.labels ?? []).filter((l) => l.slot === 'first_name' || l.slot === 'last_name').map((l) => ({ start: l.valueSpan.startIndex ?? 0, end: l.valueSpan.endIndex })).sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && /^\s*$/.test(r.userInput.text.slice(last.end, s.start))) last.end = s.end;
      else merged.push({ ...s });
    }
    return { text: r.userInput.text, gold: merged };
  });
}

function banking(): string[] {
  const out: string[] = [];
  for (const f of ['train.csv', 'test.csv']) {
    const rows = fs.readFileSync(path.join(bench, 'polyai-banking77', f), 'utf8').split('\n').slice(1);
    for (const row of rows) {
      if (!row.trim()) continue;
      const m = /^"((?:[^"]|"")*)",|^([^,]*),/.exec(row);
      if (m) out.push((m[1] ?? m[2]).replace(/""/g, '"'));
    }
  }
  return out;
}

function physionet(types: RegExp): Doc[] {
  const txt = fs.readFileSync(path.join(bench, 'physionet-deid', 'id.text'), 'utf8');
  const bodies = new Map<string, string>();
  const re = /START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g;
  for (let m = re.exec(txt); m; m = re.exec(txt)) bodies.set(`${m[1]} ${m[2]}`, m[3]);
  const gold = new Map<string, { start: number; end: number }[]>();
  for (const line of fs.readFileSync(path.join(bench, 'physionet-deid', 'id-phi.phrase'), 'utf8').split('\n')) {
    const p = line.split(' ');
    if (p.length < 6 || !types.test(p[4])) continue;
    const k = `${p[0]} ${p[1]}`;
    if (!gold.has(k)) gold.set(k, []);
    gold.get(k)!.push({ start: Number(p[2]), end: Number(p[3]) });
  }
  return [...bodies].map(([k, text]) => ({ text, gold: gold.get(k) ?? [] }));
}

if (!only || only === 'presidio') {
  score('presidio synth_v2 PERSON', presidio('synth_dataset_v2.json'), personNameDetector);
  score('presidio gen_large PERSON', presidio('generated_large.json'), personNameDetector);
}
if (!only || only === 'restaurant') score('restaurant8k names', restaurant(), personNameDetector);
if (!only || only === 'physionet') score('physionet names', physionet(/Name/), personNameDetector);
if (!only || only === 'physionet' || only === 'location') score('physionet locations', physionet(/Location/), phiLocationDetector);
if (!only || only === 'location') {
  score('presidio synth_v2 location (any, info+)', presidio('synth_dataset_v2.json').map((d) => ({ ...d, gold: [] })), phiLocationDetector);
}
if (!only || only === 'banking') {
  const utts = banking();
  let warn = 0, any = 0;
  const ex: string[] = [];
  for (const u of utts) {
    const lower = u.toLowerCase();
    const ctx: DetectContext = { lower, options: { healthTermsAlone: 'off', testValues: 'info' } };
    const ds = personNameDetector.quickCheck && !personNameDetector.quickCheck(lower, u) ? [] : personNameDetector.detect(u, ctx);
    if (ds.length) any++;
    if (ds.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK.warning)) { warn++; ex.push(u); }
  }
  console.log(`banking77 person-name: warning+ in ${(100 * warn / utts.length).toFixed(2)}% (${warn}/${utts.length}), any severity ${(100 * any / utts.length).toFixed(2)}%`);
  if (showFp) for (const s of ex.slice(0, showFp)) console.log('  FP', s);
}
