// Maps decoded-text offsets back to raw-document offsets through an ExtractedText's `segments`.
// A segment {d, r} says: decoded index d sits at raw offset r, and both advance together until the next
// segment. Escapes (`\n`, `\u00e9`, CSV `""`) end a segment, so the index right after an escaped character
// maps to the raw position right after the whole escape, which is what end-exclusive ranges need.
import type { ExtractedText } from '../types';

type Segments = ExtractedText['segments'];

/** Index of the last segment whose decoded start is <= decodedIndex (segments are sorted by d). */
function segmentAt(segments: Segments, decodedIndex: number): number {
  const n = segments.length;
  if (n <= 8) {
    let i = 0;
    while (i + 1 < n && segments[i + 1].d <= decodedIndex) i++;
    return i;
  }
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].d <= decodedIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Raw-document offset of a decoded index (0..text.length inclusive). Out-of-range indices are clamped. */
export function toRawOffset(t: ExtractedText, decodedIndex: number): number {
  if (decodedIndex <= 0) return t.rawStart;
  if (decodedIndex >= t.text.length) return t.rawEnd;
  const seg = t.segments[segmentAt(t.segments, decodedIndex)];
  return seg.r + (decodedIndex - seg.d);
}

/** Raw range of the decoded slice [start, end): the offset of `start` and the raw length up to `end`. */
export function toRawRange(t: ExtractedText, start: number, end: number): { offset: number; length: number } {
  const offset = toRawOffset(t, start);
  const rawEnd = end <= start ? offset : toRawOffset(t, end);
  return { offset, length: Math.max(0, rawEnd - offset) };
}
