// CPU MB/s of parseDocument on the bench files (same method as bench/oursExtra.ts extraction(): median of 5).
// Usage: npx tsx scripts/speed-extract.ts [file-substring]
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/engine';
const files: [string, any][] = [
  ['bench/.generated/full/utterances-20mb.txt', 'utterances'],
  ['bench/.generated/full/workspace-10mb.json', 'dialog'],
];
const only = process.argv[2];
for (const [file, kind] of files) {
  if (only && !file.includes(only)) continue;
  const raw = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(raw);
  const doc = parseDocument(raw, { kind, path: file });
  const heapMb = process.memoryUsage().heapUsed / 1048576;
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    parseDocument(raw, { kind, path: file });
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const med = cpu[2];
  console.log(`${kind.padEnd(10)} ${(bytes / 1048576 / (med / 1000)).toFixed(1)} MB/s cpu (median ${med.toFixed(0)} ms; runs ${cpu.map((x) => x.toFixed(0)).join(' ')}) texts=${doc.texts.length} heap=${heapMb.toFixed(0)}MB`);
}
