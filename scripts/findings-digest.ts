// A digest of every finding the engine reports, for speed work that must not change results: run it before a
// change and after, and compare. Covers the first N lines of the generated 20 MB utterance log, every eval corpus
// text (as one utterance each, the way eval and bench see them), the Watson sample exports and samples/.
// Usage: npx tsx scripts/findings-digest.ts [log lines=60000] [--out FILE]
//   --out FILE writes one line per finding (source, rule, range, severity, confidence; no values) for diffing.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCorpora } from '../bench/corpora';
import { createLinter } from '../server/src/engine/lint';
import type { FileKind } from '../server/src/engine/types';

const root = join(__dirname, '..');
const shared = process.env.PII_LINT_SHARED ?? join(root, '..', 'shared');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args[outAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
const maxLines = Number(positional[0] ?? 60_000);

const linter = createLinter(undefined, { cacheSize: 0 });
const lines: string[] = [];
const perSource = new Map<string, { findings: number; hash: ReturnType<typeof createHash> }>();

function record(source: string, raw: string, kind?: FileKind, path?: string): void {
  const res = linter.lint(raw, { kind, path });
  let entry = perSource.get(source);
  if (!entry) perSource.set(source, (entry = { findings: 0, hash: createHash('sha256') }));
  for (const f of res.findings) {
    const line = `${path ?? source}\t${f.ruleId}\t${f.offset}\t${f.length}\t${f.severity}\t${f.confidence.toFixed(3)}\t${f.fieldPath ?? ''}`;
    entry.findings++;
    entry.hash.update(line + '\n');
    if (outFile) lines.push(line);
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

const logFile = [process.env.PII_LINT_LOG, join(root, 'bench/.generated/full/utterances-20mb.txt'), join(root, 'bench/.generated/quick/utterances-1mb.txt')].find((p): p is string => !!p && existsSync(p));
if (logFile) {
  const text = readFileSync(logFile, 'utf8');
  let end = 0;
  for (let n = 0; n < maxLines && end >= 0; n++) end = text.indexOf('\n', end + 1);
  record('log', end < 0 ? text : text.slice(0, end + 1), 'utterances');
} else {
  console.error('no generated utterance log (run `npm run bench -- --quick` once); skipping that part');
}
if (existsSync(join(shared, 'benchdata/pii'))) {
  for (const corpus of loadCorpora(shared)) {
    // One utterance per text: the same texts eval and bench score.
    record(`corpus:${corpus.id}`, corpus.texts.map((t) => t.text.replace(/[\r\n]/g, ' ')).join('\n') + '\n', 'utterances');
  }
  for (const file of filesUnder(join(shared, 'benchdata/watson'))) {
    if (/\.(json|csv|txt)$/.test(file)) record('watson', readFileSync(file, 'utf8'), undefined, relative(shared, file));
  }
} else {
  console.error(`no ${shared}/benchdata: corpora and Watson samples skipped`);
}
for (const file of filesUnder(join(root, 'samples'))) record('samples', readFileSync(file, 'utf8'), undefined, relative(root, file));

const all = createHash('sha256');
for (const [source, e] of [...perSource].sort(([a], [b]) => a.localeCompare(b))) {
  const digest = e.hash.digest('hex').slice(0, 16);
  all.update(`${source}:${digest}\n`);
  console.log(`${source.padEnd(24)} ${String(e.findings).padStart(7)} findings  ${digest}`);
}
console.log(`${'all'.padEnd(24)} ${' '.repeat(16)}  ${all.digest('hex').slice(0, 16)}`);
if (outFile) writeFileSync(outFile, lines.join('\n') + '\n');
