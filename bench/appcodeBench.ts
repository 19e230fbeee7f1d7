// Issue 8's bar: "linting a folder of 1,000 source files adds < 2 s to a CLI run". Generates 1,000 seeded
// application source files (JS/TS/TSX, Python, HTML, shell; one in ten calls the assistant, one in ten only
// mentions it, the rest are ordinary code that the prefilter skips), then times the CLI on the training-data
// files alone and on the same files plus the sources, alternating, --workers 1 (the whole cost on one thread).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCli, type CliResults, type RunMeasure } from './cliBench';
import { createRng, intBetween, pick } from './prng';
import { median } from './stats';

const SEED = 0x5eed_0008;
const WORDS = ['order', 'invoice', 'cart', 'profile', 'report', 'session', 'ticket', 'payment', 'shipment', 'catalog', 'search', 'review'];

type Lang = 'ts' | 'js' | 'tsx' | 'py' | 'html' | 'sh';
type Flavour = 'plain' | 'mentions' | 'calls';

function jsBody(rng: () => number, n: number, typed: boolean): string {
  const t = (annotation: string) => (typed ? annotation : '');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(rng, WORDS);
    out.push(
      `export async function load${w[0].toUpperCase()}${w.slice(1)}${i}(id${t(': string')}, opts${t(': { retries?: number }')} = {}) {`,
      `  try {`,
      `    const res = await fetch(\`/api/${w}s/\${encodeURIComponent(id)}?page=${i}\`, { headers: { Accept: 'application/json' } });`,
      `    if (!res.ok) throw new Error(\`${w} \${id}: \${res.status}\`);`,
      `    const body = (await res.json())${t(' as { items: { id: string; total: number }[] }')};`,
      `    return body.items.filter((x) => x.total > ${intBetween(rng, 0, 500)}).map((x) => ({ ...x, label: '${w}-' + x.id }));`,
      `  } catch (err) {`,
      `    console.error('could not load ${w}', ${typed ? '(err as Error)' : 'err'}.message, opts.retries ?? 0);`,
      `    return [];`,
      `  }`,
      `}`,
      '',
    );
  }
  return out.join('\n');
}

function pyBody(rng: () => number, n: number): string {
  const out: string[] = ['import json', 'import logging', '', 'log = logging.getLogger(__name__)', ''];
  for (let i = 0; i < n; i++) {
    const w = pick(rng, WORDS);
    out.push(
      `def load_${w}_${i}(db, item_id, retries=0):`,
      `    """Loads one ${w} and its lines."""`,
      `    row = db.execute("SELECT * FROM ${w} WHERE id = ?", (item_id,)).fetchone()`,
      `    if row is None:`,
      `        log.warning("no ${w} %s", item_id)`,
      `        return None`,
      `    data = {k: row[k] for k in row.keys() if not k.startswith("_")}`,
      `    data["total"] = sum(line["amount"] for line in json.loads(row["lines"])) + ${intBetween(rng, 0, 99)}`,
      `    return data`,
      '',
    );
  }
  return out.join('\n');
}

function shBody(rng: () => number, n: number): string {
  const out: string[] = ['#!/usr/bin/env bash', 'set -euo pipefail', ''];
  for (let i = 0; i < n; i++) {
    const w = pick(rng, WORDS);
    out.push(`echo "syncing ${w} ${i}"`, `curl -fsS -H "Authorization: Bearer $TOKEN" "$API/${w}s?page=${i}" -o "out/${w}-${i}.json"`, `jq '.items | length' "out/${w}-${i}.json"`, '');
  }
  return out.join('\n');
}

function call(lang: Lang, rng: () => number): string {
  const labelled = rng() < 0.5;
  const headers = labelled ? `, headers: { 'X-Watson-Metadata': \`customer_id=\${userId}\`, 'X-Watson-Learning-Opt-Out': 'true' }` : '';
  switch (lang) {
    case 'ts':
    case 'js':
    case 'tsx':
      return [
        `import AssistantV2 from 'ibm-watson/assistant/v2';`,
        `const assistant = new AssistantV2({ version: '2021-11-27' });`,
        `export async function reply(userId: string, sessionId: string, text: string) {`,
        `  const res = await assistant.message({ assistantId: process.env.ASSISTANT_ID ?? '', sessionId, input: { text }${headers} });`,
        `  return res.result.output.generic;`,
        `}`,
        '',
      ].join('\n');
    case 'py':
      return [
        'from ibm_watson import AssistantV2',
        'assistant = AssistantV2(version="2021-11-27")',
        'def reply(user_id, session_id, text):',
        `    return assistant.message(assistant_id=ASSISTANT_ID, session_id=session_id, input={"text": text}${labelled ? ', headers={"X-Watson-Metadata": f"customer_id={user_id}"}' : ''}).get_result()`,
        '',
      ].join('\n');
    case 'html':
      return `<script>\n  window.watsonAssistantChatOptions = { integrationID: "x", region: "us-south", serviceInstanceID: "y"${labelled ? ', learningOptOut: true' : ''}, onLoad: async (instance) => { await instance.render(); } };\n</script>\n`;
    case 'sh':
      return `curl -X POST -u "apikey:$APIKEY"${labelled ? ' -H "X-Watson-Metadata: customer_id=$CID"' : ''} -d '{"input":{"text":"hi"}}' "$URL/v2/assistants/$AID/sessions/$SID/message?version=2021-11-27"\n`;
  }
}

function sourceFile(lang: Lang, flavour: Flavour, rng: () => number): string {
  const n = intBetween(rng, 6, 14);
  const mention = flavour === 'mentions' ? (lang === 'py' || lang === 'sh' ? '# The virtual assistant reads these reports too.\n' : '// The virtual assistant reads these reports too.\n') : '';
  const extra = flavour === 'calls' ? call(lang, rng) : '';
  switch (lang) {
    case 'ts':
    case 'tsx':
    case 'js':
      return mention + (lang === 'js' ? extra.replace(/: string/g, '').replace(" ?? ''", '') : extra) + jsBody(rng, n, lang !== 'js');
    case 'py':
      return mention + extra + pyBody(rng, n);
    case 'sh':
      return shBody(rng, n).replace('set -euo pipefail\n', `set -euo pipefail\n${mention}${extra}`);
    case 'html':
      return `<!doctype html>\n<html><head><title>${pick(rng, WORDS)}</title></head>\n<body>\n${mention ? '<!-- assistant -->\n' : ''}<main>${'<p>Lorem ipsum dolor sit amet.</p>\n'.repeat(n * 4)}</main>\n${extra}<script>\n${jsBody(rng, 2, false).replace(/export /g, '')}</script>\n</body></html>\n`;
  }
}

/** Writes the 1,000 files (or `count`) into `dir`; returns their paths and total bytes. */
export function generateSources(dir: string, count: number): { files: string[]; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = createRng(SEED);
  const langs: Lang[] = ['ts', 'ts', 'ts', 'js', 'js', 'tsx', 'py', 'py', 'html', 'sh'];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const lang = langs[i % langs.length];
    const roll = rng();
    const flavour: Flavour = roll < 0.1 ? 'calls' : roll < 0.2 ? 'mentions' : 'plain';
    const text = sourceFile(lang, flavour, rng);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${pick(rng, WORDS)}.${lang}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: readdirSync(dir).sort().map((f) => join(dir, f)), bytes };
}

export interface AppCodeBenchInputs {
  cli: string;
  repoRoot: string;
  /** The training-data files of the CLI bench (the run the sources are added to). */
  filesDir: string;
  quick: boolean;
  log: (msg: string) => void;
}

/** Adds `appcode-base` and `appcode-with-sources` runs to the CLI results. */
export async function runAppCodeBench(i: AppCodeBenchInputs, into: CliResults): Promise<void> {
  const count = i.quick ? 100 : 1000;
  const tmp = join(i.repoRoot, 'bench/.generated');
  const src = generateSources(join(tmp, `appcode-${count}`), count);
  // By name: bench/.generated is .gitignore'd, which a folder sweep would honour.
  const data = readdirSync(i.filesDir).sort().map((f) => join(i.filesDir, f));
  const base = ['--format', 'json', '--workers', '1', ...data];
  const withSources = [...base, ...src.files];
  const a: RunMeasure[] = [];
  const b: RunMeasure[] = [];
  for (let r = 0; r < (i.quick ? 1 : 3); r++) {
    for (const [list, args, label] of [[a, base, 'training data'], [b, withSources, `+ ${count} sources`]] as const) {
      const m = await measureCli(i.cli, args, 180_000, tmp);
      list.push(m);
      i.log(`  cli app code, ${label}: ${(m.wallMs / 1000).toFixed(2)} s, CPU ${m.cpuS?.toFixed(2) ?? '?'} s, ${m.files ?? '?'} files, ${m.findings ?? '?'} findings${m.error ? ` (${m.error})` : ''}`);
    }
  }
  const record = (key: string, label: string, bytes: number, measures: RunMeasure[]) => {
    const ms = median(measures.filter((m) => !m.error).map((m) => m.wallMs));
    into.runs[key] = { label, bytes, measures, medianMs: ms, mbps: bytes / (1024 * 1024) / (ms / 1000) };
  };
  record('appcode-base', `${data.length} training-data files, --workers 1`, 0, a);
  record('appcode-with-sources', `same + ${count} source files (${(src.bytes / 1e6).toFixed(1)} MB), --workers 1`, src.bytes, b);
}

/** Added wall and CPU seconds of the source files, from the two runs (null when either is missing). */
export function appCodeAdded(cli: CliResults): { wallS: number; cpuS: number | null; files: number } | null {
  const a = cli.runs['appcode-base'];
  const b = cli.runs['appcode-with-sources'];
  if (!a || !b || !Number.isFinite(a.medianMs) || !Number.isFinite(b.medianMs)) return null;
  const cpu = (runs: RunMeasure[]) => {
    const v = runs.filter((m) => !m.error && m.cpuS !== undefined).map((m) => m.cpuS!);
    return v.length > 0 ? median(v) : null;
  };
  const ca = cpu(a.measures);
  const cb = cpu(b.measures);
  const files = (b.measures[0]?.files ?? 0) - (a.measures[0]?.files ?? 0);
  return { wallS: (b.medianMs - a.medianMs) / 1000, cpuS: ca !== null && cb !== null ? cb - ca : null, files };
}
