// Watson CSV uploads: intents (`example,intent`), entities (`entity,value,synonym|/pattern/...`) and action
// example phrases (`phrase` or `phrase,intent`). Shape detection and extraction with raw ranges.
import type { ExtractedText, FileKind, ParseProblem, Role } from '../types';
import { decodeCell, isBlankRow, tokenizeCsv, type CsvCell, type CsvRow } from './csvTokenizer';
import { toRawOffset } from './offsets';

/** Watson intent and entity names: letters, digits, underscore, hyphen, dot. */
const NAME = /^[\p{L}\p{N}_.-]+$/u;
const NUMERIC = /^[\d.,+-]+$/;
/** First-row words that mark a header of some other data (Watson uploads have no header). */
const HEADER_WORDS = new Set(['utterance', 'utterances', 'text', 'example', 'examples', 'intent', 'intents', 'label', 'labels', 'class',
  'category', 'golden intent', 'question', 'answer', 'phrase', 'entity', 'value', 'synonym', 'synonyms', 'id', 'name', 'email', 'date']);

const cellText = (raw: string, c: CsvCell | undefined) => (c ? raw.slice(c.start, c.end).trim() : '');

export type CsvHint = 'intents-csv' | 'entities-csv' | 'phrases-csv' | 'utterances' | null;

/** Filename hints: `*entit*`, `*phrase*`/`*action*`, `*utterance*`/`*recommend*`/`*log*`, `*intent*`. */
export function csvHintFromPath(path: string | undefined): CsvHint {
  if (!path) return null;
  const base = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (base.includes('entit')) return 'entities-csv';
  if (base.includes('phrase') || base.includes('action')) return 'phrases-csv';
  if (base.includes('utterance') || base.includes('recommend') || /(^|[^a-z])logs?([^a-z]|$)/.test(base)) return 'utterances';
  if (base.includes('intent')) return 'intents-csv';
  return null;
}

/** Decides a CSV kind from the shape of the first rows; null for CSV that is not Watson training data. */
export function csvKindFromContent(raw: string, start: number, hint: CsvHint, hasPath: boolean): FileKind | null {
  if (hint) return hint;
  const rows = tokenizeCsv(raw, start, [], 200).filter((r) => !isBlankRow(r));
  if (rows.length === 0) return null;
  const multi = rows.filter((r) => r.cells.length >= 2);
  if (multi.length === 0) return hasPath ? 'phrases-csv' : null;
  if (multi.length < rows.length * 0.9) return null;
  const first = rows[0];
  const rest = rows.length > 1 ? rows.slice(1) : rows;
  if (first.cells.every((c) => HEADER_WORDS.has(cellText(raw, c).toLowerCase()))) return null;
  const isName = (c: CsvCell | undefined) => {
    const t = cellText(raw, c);
    return t.length > 0 && NAME.test(t);
  };
  const share = (list: CsvRow[], f: (r: CsvRow) => boolean) => list.filter(f).length / list.length;
  // Entities: first column is an entity name (repeated across rows, not a numeric id).
  const entityRow = (r: CsvRow) => isName(r.cells[0]) && !NUMERIC.test(cellText(raw, r.cells[0]));
  if (share(rest, entityRow) >= 0.9) {
    if (!entityRow(first)) return null;
    const distinct = new Set(rows.map((r) => cellText(raw, r.cells[0]))).size;
    if (rows.length < 5 || distinct < rows.length) return 'entities-csv';
  }
  // Intents: exactly two cells, the second an intent name.
  const intentRow = (r: CsvRow) => r.cells.length === 2 && isName(r.cells[1]);
  if (share(rest, intentRow) >= 0.9) return intentRow(first) ? 'intents-csv' : null;
  return null;
}

function makeText(raw: string, cell: CsvCell, role: Role, path: string, pointer: (string | number)[], owner?: string): ExtractedText {
  const { text, segments } = decodeCell(raw, cell);
  const t: ExtractedText = { text, role, path, pointer, rawStart: cell.start, rawEnd: cell.end, encoding: cell.quoted ? 'csv-quoted' : 'csv-unquoted', segments };
  if (owner) t.owner = owner;
  return t;
}

/** The part of `t` between decoded offsets a and b, with its own raw range and segments. */
function subText(t: ExtractedText, a: number, b: number): ExtractedText {
  const rawStart = toRawOffset(t, a);
  const segments: ExtractedText['segments'] = [{ d: 0, r: rawStart }];
  for (const s of t.segments) if (s.d > a && s.d < b) segments.push({ d: s.d - a, r: s.r });
  return { ...t, text: t.text.slice(a, b), rawStart, rawEnd: toRawOffset(t, b), segments };
}

export interface CsvExtraction {
  texts: ExtractedText[];
  counts: Record<string, number>;
}

export function extractCsv(raw: string, start: number, kind: 'intents-csv' | 'entities-csv' | 'phrases-csv', problems: ParseProblem[]): CsvExtraction {
  const rows = tokenizeCsv(raw, start, problems);
  const texts: ExtractedText[] = [];
  const names = new Set<string>();
  const counts: Record<string, number> = {};
  const add = (name: string, k = 1) => {
    counts[name] = (counts[name] ?? 0) + k;
  };
  let extraReported = false;
  rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const rowPath = `row ${row.line + 1}`;
    const cells = row.cells;
    const name = cells.length > 1 ? decodeCell(raw, cells[1]).text.trim() : '';
    if (kind === 'entities-csv') {
      const entity = decodeCell(raw, cells[0]).text.trim();
      if (entity) names.add(entity);
      const owner = entity ? `@${entity}` : undefined;
      if (cells[0].end > cells[0].start) texts.push(makeText(raw, cells[0], 'entity-name', `${rowPath}, entity name`, [r, 0], owner));
      if (cells.length > 1) {
        add('values');
        if (cells[1].end > cells[1].start) texts.push(makeText(raw, cells[1], 'entity-value', `${rowPath}, entity ${owner ?? ''} value`.replace('  ', ' '), [r, 1], owner));
      }
      for (let c = 2; c < cells.length; c++) {
        const t = makeText(raw, cells[c], 'synonym', '', [r, c], owner);
        const trimmed = t.text.trim();
        if (trimmed.length > 1 && trimmed.startsWith('/') && trimmed.endsWith('/')) {
          add('patterns');
          const a = t.text.indexOf('/') + 1;
          const p = subText(t, a, t.text.lastIndexOf('/'));
          p.role = 'pattern';
          p.path = `${rowPath}, entity ${owner ?? ''} pattern ${c - 1}`;
          if (p.text.length > 0) texts.push(p);
        } else if (trimmed.length > 0) {
          add('synonyms');
          t.path = `${rowPath}, entity ${owner ?? ''} synonym ${c - 1}`;
          texts.push(t);
        }
      }
      return;
    }
    const role: Role = kind === 'intents-csv' ? 'intent-example' : 'action-phrase';
    add(kind === 'intents-csv' ? 'examples' : 'phrases');
    if (name) names.add(name);
    const label = name ? (kind === 'intents-csv' ? `intent #${name}` : `intent ${name}`) : '';
    if (cells[0].end > cells[0].start) {
      const what = kind === 'intents-csv' ? 'example' : 'phrase';
      texts.push(makeText(raw, cells[0], role, label ? `${rowPath}, ${label} ${what}` : `${rowPath}, ${what}`, [r, 0], name || undefined));
    }
    if (cells.length > 1 && cells[1].end > cells[1].start) texts.push(makeText(raw, cells[1], 'intent-name', `${rowPath}, intent name`, [r, 1], name || undefined));
    if (cells.length > 2 && !extraReported) {
      extraReported = true;
      problems.push({ message: `Unexpected extra columns: expected ${kind === 'intents-csv' ? 'example,intent' : 'phrase or phrase,intent'}`, offset: cells[2].start, length: cells[cells.length - 1].end - cells[2].start, severity: 'warning' });
    }
  });
  counts[kind === 'entities-csv' ? 'entities' : 'intents'] = names.size;
  return { texts, counts };
}
