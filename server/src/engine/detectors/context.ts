// Context helpers: cue words in a window before (or around) a match raise confidence for weak identifiers.
// Word-boundary checks avoid the substring trap ("lic" in "public").

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** True when one of `words` (lower case, may contain spaces) occurs as a whole word in lower[from, to). */
export function hasWordIn(lower: string, words: readonly string[], from: number, to: number): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(lower.length, to);
  if (hi <= lo) return false;
  const window = lower.slice(lo, hi);
  for (const w of words) {
    let i = window.indexOf(w);
    while (i >= 0) {
      const before = i === 0 ? (lo === 0 ? -1 : lower.charCodeAt(lo - 1)) : window.charCodeAt(i - 1);
      const afterIdx = i + w.length;
      const after = afterIdx < window.length ? window.charCodeAt(afterIdx) : hi < lower.length ? lower.charCodeAt(hi) : -1;
      const okBefore = before < 0 || !isWordChar(before) || !isWordChar(w.charCodeAt(0));
      const okAfter = after < 0 || !isWordChar(after) || !isWordChar(w.charCodeAt(w.length - 1));
      if (okBefore && okAfter) return true;
      i = window.indexOf(w, i + 1);
    }
  }
  return false;
}

/** Cue words in the `window` characters before `start` (the usual place: "SSN: 123-45-6789"). */
export function hasContextBefore(lower: string, start: number, words: readonly string[], window = 40): boolean {
  return hasWordIn(lower, words, start - window, start);
}

/** Cue words before or shortly after the match ("123-45-6789 is my SSN"). */
export function hasContextAround(lower: string, start: number, end: number, words: readonly string[], before = 40, after = 25): boolean {
  return hasWordIn(lower, words, start - before, start) || hasWordIn(lower, words, end, end + after);
}

/** Whole-word check for any cue word anywhere in the text (cheap prefilters). */
export function hasAnyWord(lower: string, words: readonly string[]): boolean {
  return hasWordIn(lower, words, 0, lower.length);
}

/** True when the character before `start` and after `end` do not continue a token (letter/digit). */
export function isStandalone(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : -1;
  const a = end < text.length ? text.charCodeAt(end) : -1;
  const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !(b >= 0 && isAlnum(b)) && !(a >= 0 && isAlnum(a));
}
