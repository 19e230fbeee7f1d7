// Loads the labelled corpora in ../shared/benchdata/pii into one shape: texts with gold spans.
// Newlines (and CRs) in a text become spaces (same length, offsets unchanged), so every text is one
// utterance for every tool alike.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRows } from '../server/src/engine/formats/csvTokenizer';

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

export interface LabelledText {
  text: string;
  spans: GoldSpan[];
}

export interface Corpus {
  id: string;
  title: string;
  /** Which gold types are scored. */
  scored: string;
  texts: LabelledText[];
}

/** Core PII types of the presidio-research sets (issue 3); organisations, places, titles and dates are not PII alone. */
const PRESIDIO_CORE = new Set([
  'PERSON', 'STREET_ADDRESS', 'ADDRESS', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN',
  'IP_ADDRESS', 'US_DRIVER_LICENSE',
]);

export const oneLine = (s: string): string => s.replace(/[\r\n]/g, ' ');

interface PresidioRecord {
  full_text: string;
  spans: { entity_type: string; entity_value: string; start_position: number; end_position: number }[];
}

function loadPresidio(file: string, id: string, title: string): Corpus {
  const records = JSON.parse(readFileSync(file, 'utf8')) as PresidioRecord[];
  const texts: LabelledText[] = records.map((r) => {
    const spans: GoldSpan[] = [];
    for (const s of r.spans) {
      if (!PRESIDIO_CORE.has(s.entity_type)) continue;
      let start = s.start_position;
      // One known upstream record is off by one: trust the value and look for it nearby.
      if (r.full_text.slice(start, start + s.entity_value.length) !== s.entity_value) {
        const near = r.full_text.indexOf(s.entity_value, Math.max(0, start - 3));
        if (near < 0) continue;
        start = near;
      }
      spans.push({ start, end: start + s.entity_value.length, type: s.entity_type === 'ADDRESS' ? 'STREET_ADDRESS' : s.entity_type });
    }
    return { text: oneLine(r.full_text), spans };
  });
  return { id, title, scored: 'PERSON, ADDRESS, PHONE, EMAIL, CARD, IBAN, SSN, IP, DRIVER_LICENSE', texts };
}

interface RestaurantRecord {
  userInput: { text: string };
  labels?: { slot: string; valueSpan: { startIndex?: number; endIndex: number } }[];
}

/** restaurant8k train_0: first_name/last_name spans, adjacent ones merged into one PERSON. */
function loadRestaurant(file: string): Corpus {
  const records = JSON.parse(readFileSync(file, 'utf8')) as RestaurantRecord[];
  const texts: LabelledText[] = records.map((r) => {
    const text = r.userInput.text;
    const names = (r.labels ?? [])
      .filter((l) => l.slot === 'first_name' || l.slot === 'last_name')
      .map((l) => ({ start: l.valueSpan.startIndex ?? 0, end: l.valueSpan.endIndex, type: 'PERSON' }))
      .sort((a, b) => a.start - b.start);
    const merged: GoldSpan[] = [];
    for (const s of names) {
      const last = merged[merged.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    return { text: oneLine(text), spans: merged };
  });
  return { id: 'restaurant8k', title: 'restaurant8k train_0 (names)', scored: 'PERSON (first+last merged)', texts };
}

/** PhysioNet deid nursing notes; every PHI type except bare years. */
function loadPhysionet(dir: string): Corpus {
  const raw = readFileSync(join(dir, 'id.text'), 'utf8');
  const bodies = new Map<string, string>();
  const re = /START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) bodies.set(`${m[1]}/${m[2]}`, m[3]);
  const spansByNote = new Map<string, GoldSpan[]>();
  for (const line of readFileSync(join(dir, 'id-phi.phrase'), 'utf8').split('\n')) {
    const m = /^(\d+) (\d+) (\d+) (\d+) (\S+) /.exec(line);
    if (!m || m[5] === 'DateYear') continue;
    const key = `${m[1]}/${m[2]}`;
    const list = spansByNote.get(key) ?? [];
    list.push({ start: Number(m[3]), end: Number(m[4]), type: m[5] });
    spansByNote.set(key, list);
  }
  const texts: LabelledText[] = [...bodies].map(([key, body]) => ({ text: oneLine(body), spans: spansByNote.get(key) ?? [] }));
  return { id: 'physionet', title: 'PhysioNet deid notes (PHI)', scored: 'all PHI types except bare years', texts };
}

/** banking77 train+test utterances: no PII, used for the share of clean utterances flagged. */
export function loadBanking77(shared: string): string[] {
  const dir = join(shared, 'benchdata/pii/polyai-banking77');
  const out: string[] = [];
  for (const f of ['train.csv', 'test.csv']) {
    const rows = readCsvRows(readFileSync(join(dir, f), 'utf8')).slice(1);
    for (const row of rows) if (row[0]?.trim()) out.push(row[0]);
  }
  return out;
}


export function loadCorpora(shared: string): Corpus[] {
  const pii = join(shared, 'benchdata/pii');
  const corpora: Corpus[] = [];
  const presidio = join(pii, 'presidio-research');
  if (existsSync(join(presidio, 'synth_dataset_v2.json'))) {
    corpora.push(loadPresidio(join(presidio, 'synth_dataset_v2.json'), 'presidio-synth', 'presidio synth_dataset_v2'));
  }
  if (existsSync(join(presidio, 'generated_large.json'))) {
    corpora.push(loadPresidio(join(presidio, 'generated_large.json'), 'presidio-large', 'presidio generated_large'));
  }
  const restaurant = join(pii, 'polyai-restaurant8k/train_0.json');
  if (existsSync(restaurant)) corpora.push(loadRestaurant(restaurant));
  const physionet = join(pii, 'physionet-deid');
  if (existsSync(join(physionet, 'id.text'))) corpora.push(loadPhysionet(physionet));
  return corpora;
}

export function goldCount(c: Corpus): number {
  return c.texts.reduce((n, t) => n + t.spans.length, 0);
}
