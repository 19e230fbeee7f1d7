// File-kind detection: configured globs first, then the `.txt` rule (boilerplate names excepted), then content (JSON keys, CSV shape)
// with filename hints.
import picomatch from 'picomatch';
import type { FileKind } from '../types';
import { FILE_KINDS } from '../types';
import { csvHintFromPath, csvKindFromContent } from './csvFormats';

export type KindGlobs = Partial<Record<FileKind, string[]>>;

const matchers = new Map<string, (path: string) => boolean>();

function globMatcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    const hasSlash = glob.includes('/');
    const test = picomatch(glob, { dot: true, basename: !hasSlash, nocase: true });
    // A glob with a folder ("data/*.csv") may be relative to any folder of an absolute path.
    m = hasSlash
      ? (path: string) => {
          if (test(path)) return true;
          for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (test(path.slice(i + 1))) return true;
          return false;
        }
      : test;
    matchers.set(glob, m);
  }
  return m;
}

/** The kind a configured glob assigns to `path`, if any. */
export function kindFromGlobs(path: string | undefined, globs: KindGlobs | undefined): FileKind | null {
  if (!path || !globs) return null;
  const p = path.replace(/\\/g, '/');
  for (const kind of FILE_KINDS) {
    const list = globs[kind];
    if (list?.some((g) => globMatcher(g)(p))) return kind;
  }
  return null;
}

/** Lower-case extension without the dot ('' when none). */
export function extensionOf(path: string | undefined): string {
  if (!path) return '';
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Offset of the first non-whitespace character after an optional BOM. */
export function contentStart(raw: string): number {
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

export const CONTENT_EXTENSIONS = new Set(['json', 'csv', 'txt', '']);

// `.txt` files that are project boilerplate, never an utterance log: licences, notices, read-mes, change logs,
// Python requirement pins, robots.txt, CMakeLists.txt. Matched on the whole file name (any case; a language suffix
// such as ".en", a licence name such as "-MIT", a pin-set name such as "-dev"); `--kind`, kind globs or the editor's
// language still read such a file as a log on request.
const NOT_A_LOG = new RegExp(
  '^(?:' +
    [
      '(?:readme|notice|changelog|authors|contributors|maintainers|security|third[-_]?party[-_]?notices)(?:[-_.][a-z]{2})?',
      '(?:licen[cs]e|copying)(?:[-_.][a-z0-9.-]{1,16})?',
      '(?:[a-z0-9]{1,12}[-_])?(?:requirements|constraints)(?:[-_.][a-z0-9]{1,12})?',
      'robots|humans|ads|app-ads|cmakelists',
    ].join('|') +
    ')\\.txt$',
  'i',
);

/** True for a `.txt` path that is read as an utterance log unless told otherwise (not a known boilerplate name). */
export function isTxtLog(path: string | undefined): boolean {
  if (extensionOf(path) !== 'txt') return false;
  const base = path!.replace(/\\/g, '/').split('/').pop() ?? '';
  return !NOT_A_LOG.test(base);
}

export type Route = 'json' | 'csv' | null;

/** How the content should be read: as JSON, as CSV/lines, or not at all. */
export function routeOf(raw: string, path: string | undefined): Route {
  const ext = extensionOf(path);
  if (ext === 'txt') return isTxtLog(path) ? 'csv' : null;
  if (path && !CONTENT_EXTENSIONS.has(ext)) return null;
  const c = raw.charCodeAt(contentStart(raw));
  if (c === 0x7b || c === 0x5b) return 'json';
  // Files without an extension (LICENSE, Dockerfile) are only read when they hold JSON.
  return ext === 'json' || (path && ext === '') ? null : 'csv';
}

/** Kind of a CSV/lines document (no globs, no forced kind). */
export function csvKind(raw: string, path: string | undefined): FileKind | null {
  if (extensionOf(path) === 'txt') return isTxtLog(path) ? 'utterances' : null;
  const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  return csvKindFromContent(raw, start, csvHintFromPath(path), !!path);
}
