// Deterministic (seeded) bench inputs built from the shared corpora and the Watson samples:
// utterance logs, one large workspace JSON and many small training-data files. Cached by a manifest.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadBanking77, oneLine } from './corpora';
import { createRng, intBetween, pick } from './prng';

const GENERATOR_VERSION = 4;
const SEED = 0x5eed_2026;

export interface GenSizes {
  smallLogBytes: number;
  largeLogBytes: number;
  workspaceBytes: number;
  fileCount: number;
}

export const FULL_SIZES: GenSizes = { smallLogBytes: 20e6, largeLogBytes: 100e6, workspaceBytes: 10e6, fileCount: 1000 };
export const QUICK_SIZES: GenSizes = { smallLogBytes: 1e6, largeLogBytes: 4e6, workspaceBytes: 1e6, fileCount: 40 };

export interface GeneratedInputs {
  dir: string;
  smallLog: string;
  largeLog: string;
  workspace: string;
  filesDir: string;
  /** A few 200-character utterances for the latency measurement. */
  latencySample: string[];
}

/** Sentence pools: clean intent examples (banking77, Watson samples) and texts with PII (presidio, restaurant8k). */
export interface Pools {
  clean: string[];
  personal: string[];
  categories: string[];
  dialogSamples: { entities: unknown[]; dialog_nodes: Record<string, unknown>[] }[];
}

export function loadPools(shared: string): Pools {
  const clean = loadBanking77(shared);
  const categories = new Set<string>();
  for (const f of ['train.csv']) {
    for (const line of readFileSync(join(shared, 'benchdata/pii/polyai-banking77', f), 'utf8').split('\n').slice(1)) {
      const c = line.slice(line.lastIndexOf(',') + 1).trim();
      if (/^[a-z_]+$/.test(c)) categories.add(c);
    }
  }
  const personal: string[] = [];
  const pii = join(shared, 'benchdata/pii');
  for (const f of ['synth_dataset_v2.json', 'generated_large.json']) {
    const p = join(pii, 'presidio-research', f);
    if (existsSync(p)) for (const r of JSON.parse(readFileSync(p, 'utf8')) as { full_text: string }[]) personal.push(oneLine(r.full_text));
  }
  const restaurant = join(pii, 'polyai-restaurant8k/train_0.json');
  if (existsSync(restaurant)) {
    for (const r of JSON.parse(readFileSync(restaurant, 'utf8')) as { userInput: { text: string } }[]) personal.push(oneLine(r.userInput.text));
  }
  const dialogSamples: Pools['dialogSamples'] = [];
  const dialogDir = join(shared, 'benchdata/watson/dialog');
  if (existsSync(dialogDir)) {
    for (const f of readdirSync(dialogDir).filter((n) => n.endsWith('.json')).sort()) {
      const ws = JSON.parse(readFileSync(join(dialogDir, f), 'utf8')) as {
        intents?: { examples?: { text: string }[] }[];
        entities?: unknown[];
        dialog_nodes?: Record<string, unknown>[];
      };
      for (const i of ws.intents ?? []) for (const e of i.examples ?? []) clean.push(oneLine(e.text));
      dialogSamples.push({ entities: ws.entities ?? [], dialog_nodes: ws.dialog_nodes ?? [] });
    }
  }
  return { clean, personal, categories: [...categories], dialogSamples };
}

/** One utterance: mostly clean intent-style text, about one in five with personal data (like real logs). */
function utterance(rng: () => number, pools: Pools): string {
  return rng() < 0.2 && pools.personal.length ? pick(rng, pools.personal) : pick(rng, pools.clean);
}

function writeLog(file: string, bytes: number, rng: () => number, pools: Pools): void {
  const fd = openSync(file, 'w');
  try {
    let written = 0;
    let chunk: string[] = [];
    let chunkLen = 0;
    while (written + chunkLen < bytes) {
      const line = utterance(rng, pools) + '\n';
      chunk.push(line);
      chunkLen += Buffer.byteLength(line);
      if (chunkLen > 1 << 20) {
        writeSync(fd, chunk.join(''));
        written += chunkLen;
        chunk = [];
        chunkLen = 0;
      }
    }
    if (chunk.length) writeSync(fd, chunk.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Renames the node ids of a copied dialog tree so copies do not collide. */
function renamedNode(node: Record<string, unknown>, suffix: string): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(node));
  for (const key of ['dialog_node', 'parent', 'previous_sibling']) {
    if (typeof copy[key] === 'string') copy[key] = `${copy[key]}${suffix}`;
  }
  const next = copy.next_step as { dialog_node?: string } | undefined;
  if (next && typeof next.dialog_node === 'string') next.dialog_node += suffix;
  return copy;
}

/** Pretty-printed size of a part once nested two levels deep in the workspace (4 more spaces a line). */
function nestedSize(part: unknown): number {
  const s = JSON.stringify(part, null, 2);
  let lines = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
  return s.length + 4 * lines + 2;
}

function intent(rng: () => number, pools: Pools, name: string, min: number, max: number) {
  const examples = new Set<string>();
  const n = intBetween(rng, min, max);
  while (examples.size < n) examples.add(utterance(rng, pools));
  return { intent: name, description: `Generated intent ${name}`, examples: [...examples].map((text) => ({ text })) };
}

/** A dialog-skill workspace (v1 JSON) of roughly `bytes` pretty-printed bytes. */
function buildWorkspace(rng: () => number, pools: Pools, bytes: number, name: string): string {
  const intents: unknown[] = [];
  const entities: unknown[] = [];
  const dialogNodes: unknown[] = [];
  let size = 600;
  for (let k = 0; size < bytes; k++) {
    const it = intent(rng, pools, `${pick(rng, pools.categories)}_${k}`, 8, 40);
    intents.push(it);
    size += nestedSize(it);
    // Every fifth round, an entity and a few dialog nodes copied from a real sample.
    if (k % 5 === 0 && pools.dialogSamples.length) {
      const sample = pick(rng, pools.dialogSamples);
      if (sample.entities.length) {
        const e = JSON.parse(JSON.stringify(pick(rng, sample.entities))) as { entity: string };
        e.entity = `${e.entity}_${k}`;
        entities.push(e);
        size += nestedSize(e);
      }
      const start = intBetween(rng, 0, Math.max(0, sample.dialog_nodes.length - 4));
      for (const node of sample.dialog_nodes.slice(start, start + 4)) {
        const copy = renamedNode(node, `_${k}`);
        dialogNodes.push(copy);
        size += nestedSize(copy);
      }
    }
  }
  const counterexamples = Array.from({ length: 5 }, () => ({ text: pick(rng, pools.clean) }));
  const ws = {
    name,
    description: 'Generated by bench/generate.ts from public corpora (deterministic)',
    language: 'en',
    intents,
    entities,
    dialog_nodes: dialogNodes,
    counterexamples,
    metadata: { api_version: { major_version: 'v1', minor_version: '2021-11-27' } },
    learning_opt_out: false,
    system_settings: { disambiguation: { enabled: false } },
  };
  return JSON.stringify(ws, null, 2) + '\n';
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Many small training-data files: mostly workspace JSON, some intents CSV and utterance logs. */
function writeSmallFiles(dir: string, count: number, rng: () => number, pools: Pools): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const id = String(i).padStart(4, '0');
    const r = rng();
    if (r < 0.8) {
      writeFileSync(join(dir, `skill-${id}.json`), buildWorkspace(rng, pools, intBetween(rng, 5_000, 60_000), `skill ${id}`));
    } else if (r < 0.9) {
      const rows: string[] = [];
      for (let k = 0; k < intBetween(rng, 50, 600); k++) rows.push(`${csvCell(utterance(rng, pools))},${pick(rng, pools.categories)}`);
      writeFileSync(join(dir, `intents-${id}.csv`), rows.join('\n') + '\n');
    } else {
      const lines: string[] = [];
      for (let k = 0; k < intBetween(rng, 50, 600); k++) lines.push(utterance(rng, pools));
      writeFileSync(join(dir, `utterances-${id}.txt`), lines.join('\n') + '\n');
    }
  }
}

/** ~200-character utterances (two or three joined sentences), deterministic. */
function latencyUtterances(rng: () => number, pools: Pools, n: number): string[] {
  const out: string[] = [];
  while (out.length < n) {
    let s = utterance(rng, pools);
    while (s.length < 200) s += ' ' + utterance(rng, pools);
    out.push(s.slice(0, 200));
  }
  return out;
}

export function generateInputs(repoRoot: string, shared: string, sizes: GenSizes, log: (msg: string) => void): GeneratedInputs {
  const tag = sizes === QUICK_SIZES ? 'quick' : 'full';
  const dir = join(repoRoot, 'bench/.generated', tag);
  const inputs: GeneratedInputs = {
    dir,
    smallLog: join(dir, `utterances-${Math.round(sizes.smallLogBytes / 1e6)}mb.txt`),
    largeLog: join(dir, `utterances-${Math.round(sizes.largeLogBytes / 1e6)}mb.txt`),
    workspace: join(dir, `workspace-${Math.round(sizes.workspaceBytes / 1e6)}mb.json`),
    filesDir: join(dir, `files-${sizes.fileCount}`),
    latencySample: [],
  };
  const pools = loadPools(shared);
  inputs.latencySample = latencyUtterances(createRng(SEED + 4), pools, 500);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.stringify({ GENERATOR_VERSION, SEED, sizes });
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return inputs;
  log(`generating inputs into ${dir} (seeded, one-time) ...`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeLog(inputs.smallLog, sizes.smallLogBytes, createRng(SEED + 1), pools);
  writeLog(inputs.largeLog, sizes.largeLogBytes, createRng(SEED + 2), pools);
  writeFileSync(inputs.workspace, buildWorkspace(createRng(SEED + 3), pools, sizes.workspaceBytes, 'bench workspace'));
  writeSmallFiles(inputs.filesDir, sizes.fileCount, createRng(SEED + 5), pools);
  writeFileSync(manifestPath, manifest);
  return inputs;
}
