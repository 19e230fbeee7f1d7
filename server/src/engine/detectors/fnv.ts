// FNV-1a over UTF-16 code units: the one word hash the word tables, the runner's one pass and the detectors'
// in-place lookups share, so a hash computed while scanning a text can be handed to any of them.
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a of s[start, end) as a signed 32-bit integer (V8 keeps it a small integer; `>>> 0` for unsigned). */
export function fnvRange(s: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
