// Decodes the body of a JSON string literal (the raw text between the quotes) and records where each
// escape ends, so decoded offsets map back to raw offsets exactly. Every escape, including each half of a
// `\uD83D\uDE00` surrogate pair, yields exactly one UTF-16 code unit, so one segment per escape suffices.
import type { ExtractedText, ParseProblem } from '../types';

export interface DecodedString {
  text: string;
  segments: ExtractedText['segments'];
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/**
 * Decodes raw[start, end). Invalid escapes are reported (when `problems` is given) and decoded leniently:
 * the backslash is dropped and the following character kept.
 */
export function decodeJsonString(raw: string, start: number, end: number, problems?: ParseProblem[]): DecodedString {
  const first = raw.indexOf('\\', start);
  if (first < 0 || first >= end) return { text: raw.slice(start, end), segments: [{ d: 0, r: start }] };
  const segments: ExtractedText['segments'] = [{ d: 0, r: start }];
  let out = '';
  let chunkStart = start;
  let i = first;
  while (i < end) {
    if (raw.charCodeAt(i) !== 0x5c) {
      i++;
      continue;
    }
    out += raw.slice(chunkStart, i);
    const escStart = i;
    const c = i + 1 < end ? raw.charCodeAt(i + 1) : -1;
    let decoded: string;
    let escEnd: number;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      decoded = simple;
      escEnd = i + 2;
    } else if (c === 0x75 /* u */) {
      let code = 0;
      let k = 0;
      for (; k < 4 && i + 2 + k < end; k++) {
        const h = hexValue(raw.charCodeAt(i + 2 + k));
        if (h < 0) break;
        code = code * 16 + h;
      }
      if (k === 4) {
        decoded = String.fromCharCode(code);
        escEnd = i + 6;
      } else {
        problems?.push({ message: 'Invalid unicode escape in string', offset: escStart, length: 2 + k, severity: 'error' });
        decoded = 'u';
        escEnd = i + 2;
      }
    } else if (c < 0) {
      problems?.push({ message: 'Unfinished escape at end of string', offset: escStart, length: 1, severity: 'error' });
      decoded = '\\'; // keep the lone backslash so the text still covers its raw range
      escEnd = i + 1;
    } else {
      problems?.push({ message: 'Invalid escape character in string', offset: escStart, length: 2, severity: 'error' });
      decoded = raw[i + 1];
      escEnd = i + 2;
    }
    out += decoded;
    segments.push({ d: out.length, r: escEnd });
    i = escEnd;
    chunkStart = escEnd;
  }
  out += raw.slice(chunkStart, end);
  return { text: out, segments };
}
