// Decoded -> raw offset mapping through an ExtractedText's segments (see the contract in types.ts).
import type { ExtractedText } from '../types';

type Segments = ExtractedText['segments'];

function segmentIndex(segs: Segments, d: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].d <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Raw offset of decoded index `d` (a start position). */
export function rawOffsetOf(t: ExtractedText, d: number): number {
  return rawOffsetIn(t.segments, t.rawStart, d);
}

/** rawOffsetOf() for a caller that read the text's segments and rawStart already (they may be computed on read). */
export function rawOffsetIn(segments: Segments, rawStart: number, d: number): number {
  if (segments.length === 0) return rawStart + d;
  const s = segments.length === 1 ? segments[0] : segments[segmentIndex(segments, d)];
  return s.r + (d - s.d);
}

/** Raw [offset, length) of the decoded range [start, end). */
export function rawRangeOf(t: ExtractedText, start: number, end: number): { offset: number; length: number } {
  const offset = rawOffsetOf(t, start);
  const rawEnd = end >= t.text.length ? t.rawEnd : rawOffsetOf(t, end);
  return { offset, length: Math.max(0, rawEnd - offset) };
}
