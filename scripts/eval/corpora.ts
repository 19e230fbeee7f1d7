// Loaders for ../shared/benchdata/pii (formats described in its README). Data is read by path, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRows } from '../../server/src/engine/formats/csvTokenizer';
import { PHYSIONET, PRESIDIO_CORE } from './mapping';
import type { Corpus, EvalDoc, GoldSpan } from './types';

interface PresidioRecord {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

export function loadPresidio(dir: string, file: string): Corpus {
  const records = JSON.parse(readFileSync(join(dir, 'presidio-research', file), 'utf8')) as PresidioRecord[];
  const docs: EvalDoc[] = records.map((r, i) => ({
    id: `${file}#${i}`,
    text: r.full_text,
    gold: r.spans.map((s) => ({ start: s.start_position, end: s.end_position, label: s.entity_type })),
  }));
  return { name: `presidio ${file.replace('.json', '')}`, docs, classOf: (l) => PRESIDIO_CORE[l] ?? null };
}

interface RestaurantRecord {
  userInput: { text: string };
  labels?: { slot: string; valueSpan: { startIndex?: number; endIndex: number } }[];
}

/** first_name / last_name spans; adjacent first+last (only spaces between) merge into one PERSON span. */
export function loadRestaurant(dir: string): Corpus {
  const records = JSON.parse(readFileSync(join(dir, 'polyai-restaurant8k', 'train_0.json'), 'utf8')) as RestaurantRecord[];
  const docs: EvalDoc[] = records.map((r, i) => {
    const text = r.userInput.text;
    const spans = (r.labels ?? [])
      .map((l) => ({ start: l.valueSpan.startIndex ?? 0, end: l.valueSpan.endIndex, label: l.slot }))
      .sort((a, b) => a.start - b.start);
    const gold: GoldSpan[] = [];
    for (const s of spans) {
      const isName = s.label === 'first_name' || s.label === 'last_name';
      const prev = gold[gold.length - 1];
      if (isName && prev && prev.label === 'PERSON' && /^\s*$/.test(text.slice(prev.end, s.start))) {
        prev.end = s.end;
        continue;
      }
      gold.push({ start: s.start, end: s.end, label: isName ? 'PERSON' : s.label });
    }
    return { id: `restaurant8k#${i}`, text, gold };
  });
  return { name: 'restaurant8k train_0', docs, classOf: (l) => (l === 'PERSON' ? 'PERSON' : null) };
}

/** Notes from id.text with gold spans from id-phi.phrase (offsets relative to the note body). */
export function loadPhysionet(dir: string): Corpus {
  const base = join(dir, 'physionet-deid');
  const raw = readFileSync(join(base, 'id.text'), 'utf8');
  const bodies = new Map<string, string>();
  const re = /START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) bodies.set(`${m[1]}/${m[2]}`, m[3]);
  const gold = new Map<string, GoldSpan[]>();
  for (const line of readFileSync(join(base, 'id-phi.phrase'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const parts = line.split(' ');
    const [pid, note, start, end, label] = parts;
    const key = `${pid}/${note}`;
    if (!gold.has(key)) gold.set(key, []);
    gold.get(key)!.push({ start: Number(start), end: Number(end), label });
  }
  const docs: EvalDoc[] = [...bodies].map(([key, text]) => ({ id: `physionet#${key}`, text, gold: gold.get(key) ?? [] }));
  return { name: 'physionet deid', docs, classOf: (l) => PHYSIONET[l] ?? null };
}

export function loadBanking(dir: string): Corpus {
  const docs: EvalDoc[] = [];
  for (const file of ['train.csv', 'test.csv']) {
    const rows = readCsvRows(readFileSync(join(dir, 'polyai-banking77', file), 'utf8'));
    rows.slice(1).forEach((r, i) => {
      if (r[0] !== undefined && r[0] !== '') docs.push({ id: `banking77/${file}#${i + 1}`, text: r[0], gold: [] });
    });
  }
  return { name: 'banking77 train+test', docs, classOf: () => null, negativesOnly: true };
}

export function loadAll(sharedDir: string): Corpus[] {
  const dir = join(sharedDir, 'benchdata', 'pii');
  if (!existsSync(dir)) throw new Error(`benchmark data not found at ${dir} (use --shared DIR or PII_LINT_SHARED)`);
  return [
    loadPresidio(dir, 'synth_dataset_v2.json'),
    loadPresidio(dir, 'generated_large.json'),
    loadRestaurant(dir),
    loadPhysionet(dir),
    loadBanking(dir),
  ];
}
