// Writes every extracted text (all fields, read through the public ExtractedText properties), problem,
// structural issue, count and kind of the given files/folders as JSON lines, so the output of two engine
// versions can be diffed. Used to prove a speed change extracts exactly the same thing.
// Usage: npx tsx scripts/extraction-digest.ts OUT.jsonl PATH... (folders are walked; `name=kind` forces a kind)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type FileKind } from '../server/src/engine';

function filesUnder(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((f) => filesUnder(join(p, f)));
}

const [out, ...args] = process.argv.slice(2);
const lines: string[] = [];
for (const arg of args) {
  const [p, kind] = arg.split('=') as [string, FileKind | undefined];
  for (const file of filesUnder(p)) {
    const doc = parseDocument(readFileSync(file, 'utf8'), { path: file, kind });
    lines.push(JSON.stringify({ file, kind: doc.kind, counts: doc.counts, problems: doc.problems, structural: doc.structural, texts: doc.texts.length }));
    for (const t of doc.texts) {
      lines.push(JSON.stringify([t.text, t.role, t.path, t.pointer, t.rawStart, t.rawEnd, t.encoding, t.segments, t.owner ?? null, 'owner' in t && t.owner !== undefined]));
    }
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} lines -> ${out}`);
