// What the detectors see of a text depends on its role. A `pattern` is a regex: only literal characters can be
// data, so regex syntax becomes a space and escaped punctuation becomes the character (`john\.doe` -> `john.doe`).
// Identifiers (intent/entity names) read `_` as a space so word detectors see words.
import type { Role } from '../types';

export const IDENTIFIER_ROLES: ReadonlySet<Role> = new Set<Role>(['intent-name', 'entity-name']);

export interface DetectionView {
  text: string;
  /** view index -> original index; length text.length + 1 (the last entry maps the end). Absent = identity. */
  map?: number[];
}

export function detectionView(text: string, role: Role | undefined): DetectionView {
  if (role === 'pattern') return literalViewOfRegex(text);
  if (role && IDENTIFIER_ROLES.has(role) && text.includes('_')) return { text: text.replace(/_/g, ' ') };
  return { text };
}

/** Maps a view range back to the original text. */
export function toOriginalRange(view: DetectionView, start: number, end: number): { start: number; end: number } {
  if (!view.map) return { start, end };
  return { start: view.map[start], end: end > start ? view.map[end - 1] + 1 : view.map[start] };
}

const CLASS_ESCAPE = /[dDwWsSbBnrtfvAzZ0-9pPuxck]/;

/** Replaces regex syntax (classes, quantifiers, groups, anchors, alternation, class escapes) with spaces. */
export function literalViewOfRegex(src: string): DetectionView {
  const chars: string[] = [];
  const map: number[] = [];
  const emit = (ch: string, at: number) => {
    chars.push(ch);
    map.push(at);
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1];
      if (CLASS_ESCAPE.test(n)) emit(' ', i);
      else emit(n, i + 1);
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      emit(' ', i);
      i = Math.min(src.length, j + 1);
      continue;
    }
    if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(src.slice(i, i + 12));
      if (m) {
        emit(' ', i);
        i += m[0].length;
        continue;
      }
    }
    if (c === '(' && src[i + 1] === '?') {
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>|[imsx-]+:?)/.exec(src.slice(i, i + 40));
      emit(' ', i);
      i += m ? m[0].length : 2;
      continue;
    }
    if ('()|*+?^$.'.includes(c)) {
      emit(' ', i);
      i++;
      continue;
    }
    emit(c, i);
    i++;
  }
  map.push(src.length);
  return { text: chars.join(''), map };
}
