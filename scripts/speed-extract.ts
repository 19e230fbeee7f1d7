// Extraction-only speed, measured like bench/oursExtra.ts extraction(): CPU time of parseDocument on the
// generated bench files after one warm-up parse that stays alive. Prints the median of RUNS (default 5, as
// the bench) and the mean, since medians of 5 swing with major GCs on a busy machine.
// Usage: npx tsx scripts/speed-extract.ts [file-substring]   (RUNS=15 for steadier figures; build with
// esbuild for the bench's own code path)
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/engine';
import type { FileKind } from '../server/src/engine';

const files: [string, FileKind][] = [
  ['bench/.generated/full/utterances-20mb.txt', 'utterances'],
  ['bench/.generated/full/workspace-10mb.json', 'dialog'],
];
const only = process.argv[2];
const runs = Number(process.env.RUNS ?? 5);
for (const [file, kind] of files) {
  if (only && !file.includes(only)) continue;
  const raw = readFileSync(file, 'utf8');
  const mb = Buffer.byteLength(raw) / 1048576;
  const doc = parseDocument(raw, { kind, path: file });
  const cpu: number[] = [];
  let sys = 0;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    parseDocument(raw, { kind, path: file });
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
    sys += d.system / 1000;
  }
  const mean = cpu.reduce((a, b) => a + b, 0) / runs;
  const sorted = [...cpu].sort((a, b) => a - b);
  const median = sorted[runs >> 1];
  console.log(
    `${kind.padEnd(10)} median ${(mb / (median / 1000)).toFixed(1)} MB/s, mean ${(mb / (mean / 1000)).toFixed(1)} MB/s by CPU time ` +
      `(ms: ${cpu.map((x) => x.toFixed(0)).join(' ')}; ${((100 * sys) / (mean * runs)).toFixed(0)}% system) texts=${doc.texts.length}`,
  );
}
