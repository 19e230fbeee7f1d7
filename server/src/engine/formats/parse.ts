// Kind detection and full parsing of one document. Never throws (an unexpected internal error becomes a
// problem).
import type { ExtractedText, FileKind, ParsedDocument, ParseProblem } from '../types';
import { extractCsv } from './csvFormats';
import { contentStart, csvKind, extensionOf, isTxtLog, kindFromGlobs, routeOf, type KindGlobs } from './detect';
import type { ActionRec } from './jsonRecords';
import { jsonKind, type JsonWalk } from './jsonKind';
import { walkJson, walkJsonStart } from './jsonWalker';
import { unprotectedVariables } from './privacy';
import { characterWarnings, looksBinary } from './sanity';
import { extractUtterances, utteranceLines, type UtteranceLines } from './utterances';
import { appKindForPath, isAppKind, parseAppSource, trainingOptOutIssues } from '../appcode';


export interface ParseOptions {
  path?: string;
  /** Forces the kind (CLI `--kind`, settings override). */
  kind?: FileKind;
  /** Configured globs per kind; a match decides the kind. */
  globs?: KindGlobs;
}

const JSON_KINDS = new Set<FileKind>(['dialog', 'actions', 'logs']);

/** The kind of a document, or null when it is not Watson training data. */
export function detectKind(raw: string, path?: string, globs?: KindGlobs): FileKind | null {
  try {
    const byGlob = kindFromGlobs(path, globs);
    if (byGlob) return byGlob;
    const app = appKindForPath(path);
    if (app) return app;
    const route = routeOf(raw, path);
    if (route === 'json') return jsonKind(walkJson(raw, []));
    if (route === 'csv') return csvKind(raw, path);
    return null;
  } catch {
    return null;
  }
}

/** What a first look at the start of a large JSON document found (see parseJsonStart). */
export interface StartOfDocument {
  kind: FileKind;
  /** The texts a full parse extracts first, in order, as it extracts them. */
  texts: ExtractedText[];
}

/** Kinds whose texts a look at the start settles (an actions export maps phrases to actions found anywhere). */
const START_KINDS = new Set<FileKind>(['dialog', 'logs']);

/**
 * The texts of the first `length` code units of a JSON document whose records (intent, entity, dialog node,
 * log...) close within them, so an editor can show the top of a big file before it is parsed whole. They are
 * what the full parse extracts first, unless the rest of the document changes its kind (a dialog-looking start
 * of an export whose root has `actions` as well: the full parse decides). Null when this is not a dialog or
 * logs JSON document, when the start has a parse problem, or when no record closes within it.
 */
export function parseJsonStart(raw: string, length: number, opts: ParseOptions = {}): StartOfDocument | null {
  try {
    const forced = opts.kind ?? kindFromGlobs(opts.path, opts.globs);
    if (forced ? !START_KINDS.has(forced) : appKindForPath(opts.path) || routeOf(raw, opts.path) !== 'json') return null;
    const start = raw.slice(0, Math.min(length, raw.length));
    if (looksBinary(start)) return null;
    const problems: ParseProblem[] = [];
    const { walk, settledEnd } = walkJsonStart(start, problems);
    const kind = forced ?? jsonKind(walk);
    if (!kind || !START_KINDS.has(kind)) return null;
    if (problems.some((p) => p.offset < settledEnd)) return null;
    const texts: ExtractedText[] = [];
    for (const t of walk.texts) {
      if (t.rawEnd > settledEnd) break;
      texts.push(t);
    }
    return texts.length > 0 ? { kind, texts } : null;
  } catch {
    return null;
  }
}

/**
 * A parsed document for one lint: an utterance log's texts come as line ranges in `lines` (an object only
 * for a line that is reported; `texts` is then empty). Every other kind is parsed as parseDocument does.
 */
export interface LintableDocument extends ParsedDocument {
  lines?: UtteranceLines;
}

export function parseForLint(raw: string, opts: ParseOptions = {}): LintableDocument {
  return parseOrReport(raw, opts, true);
}

function emptyDoc(kind: FileKind | null, problems: ParseProblem[]): ParsedDocument {
  return { kind, texts: [], problems, structural: [], counts: {} };
}

export function parseDocument(raw: string, opts: ParseOptions = {}): ParsedDocument {
  return parseOrReport(raw, opts, false);
}

/** parse(), with an unexpected exception reported as a problem of the file instead of thrown. */
function parseOrReport(raw: string, opts: ParseOptions, asLines: boolean): LintableDocument {
  const forced = opts.kind ?? kindFromGlobs(opts.path, opts.globs);
  try {
    return parse(raw, opts.path, forced ?? null, asLines);
  } catch (e) {
    const message = `Internal error while reading the file: ${e instanceof Error ? e.message : String(e)}`;
    return emptyDoc(forced ?? null, [{ message, offset: 0, length: 0, severity: 'error' }]);
  }
}

function parse(raw: string, path: string | undefined, forced: FileKind | null, asLines: boolean): LintableDocument {
  // Application code (issue 8) has its own parsers: hand it over before the training-data routes.
  const app = isAppKind(forced) ? forced : forced ? null : appKindForPath(path);
  if (app && !looksBinary(raw)) return parseAppSource(raw, app, path);
  if (looksBinary(raw)) {
    return emptyDoc(forced, [{ message: 'Binary file: nothing was extracted', offset: 0, length: Math.min(raw.length, 1), severity: 'error' }]);
  }
  if (contentStart(raw) >= raw.length) {
    const kind = forced ?? (isTxtLog(path) ? 'utterances' : null);
    // An empty licence or requirements file is simply not ours; any other empty file is worth a word.
    const boilerplate = extensionOf(path) === 'txt' && !kind;
    return emptyDoc(kind, (raw.length === 0 && !boilerplate) || kind ? [{ message: 'Empty file: nothing to check', offset: 0, length: 0, severity: 'warning' }] : []);
  }
  const route = forced ? (JSON_KINDS.has(forced) ? 'json' : 'csv') : routeOf(raw, path);
  if (route === null) return emptyDoc(null, []);
  const problems: ParseProblem[] = [];
  let doc: LintableDocument;
  let firstNul: number | undefined;
  if (route === 'json') {
    const walk = walkJson(raw, problems);
    const kind = forced ?? jsonKind(walk);
    if (!kind) return emptyDoc(null, []);
    // Without parse problems every character outside strings was JSON syntax, so what the walk saw of the
    // opt-out key and of NULs is the whole story (no rescan of the text).
    const clean = problems.length === 0;
    if (clean) firstNul = walk.firstNul;
    doc = finishJson(raw, walk, kind, problems);
    if (kind === 'dialog' || kind === 'actions') doc.structural.push(...trainingOptOutIssues(raw, clean ? walk.falseValues : undefined));
  } else {
    const kind = forced ?? csvKind(raw, path);
    if (!kind) return emptyDoc(null, []);
    doc = parseLines(raw, path, kind, problems, asLines);
  }
  doc.problems.push(...characterWarnings(raw, firstNul));
  return doc;
}

function parseLines(raw: string, path: string | undefined, kind: FileKind, problems: ParseProblem[], asLines: boolean): LintableDocument {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const start = bom ? 1 : 0;
  if (kind === 'utterances' || JSON_KINDS.has(kind)) {
    if (asLines) {
      const lines = utteranceLines(raw, start, extensionOf(path) !== 'txt', problems);
      return { kind, texts: [], problems, structural: [], counts: { utterances: lines.count }, lines };
    }
    const texts = extractUtterances(raw, start, extensionOf(path) !== 'txt', problems);
    return { kind, texts, problems, structural: [], counts: { utterances: texts.length } };
  }
  if (bom) problems.push({ message: 'UTF-8 byte order mark: Watson expects CSV uploads without a BOM', offset: 0, length: 1, severity: 'warning' });
  const { texts, counts } = extractCsv(raw, start, kind as 'intents-csv' | 'entities-csv' | 'phrases-csv', problems);
  return { kind, texts, problems, structural: [], counts };
}

/**
 * Settles what depends on the final kind: in an actions export, intent examples are action phrases and
 * intents are described by the action they trigger. Adds structural issues. (Readable paths and owners are
 * computed from the records when read.)
 */
function finishJson(raw: string, walk: JsonWalk, kind: FileKind, problems: ParseProblem[]): ParsedDocument {
  const isActions = kind === 'actions';
  const texts = walk.texts;
  if (isActions) {
    const phraseActions = new Map<string, ActionRec>();
    for (const a of walk.actions) if (a.intent && !phraseActions.has(a.intent)) phraseActions.set(a.intent, a);
    for (const rec of walk.intents) {
      const action = phraseActions.get(rec.name);
      if (action) rec.action = action;
    }
    for (const site of walk.sites) if (site.role === 'intent-example') site.role = 'action-phrase';
  }
  const counts = { ...walk.counts };
  if (isActions && counts.examples !== undefined) {
    counts.phrases = counts.examples;
    delete counts.examples;
  }
  const structural = isActions ? unprotectedVariables(raw, walk.variables) : [];
  return { kind, texts, problems, structural, counts };
}
