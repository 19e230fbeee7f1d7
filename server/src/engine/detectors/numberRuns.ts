// One linear scan for "numbers written with separators": +41 (0)69 979 80 58, 4111-1111-1111-1111, 123.45.
// Phone, card, SSN and id detectors classify these runs instead of each running its own loose regex.

export interface NumberRun {
  start: number;
  end: number;
  /** Digits only. */
  digits: string;
  /** Length of each digit group, in order. */
  groups: number[];
  /** Separator text between groups (groups.length - 1 entries). */
  seps: string[];
  plus: boolean;
  /** Extension digits ("x123", "ext. 45"): inside [start, end) but not in `digits`. */
  ext?: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Separators allowed between digit groups (at most two characters, e.g. ") " or " - "). */
function sepLength(text: string, i: number): number {
  let n = 0;
  while (n < 3 && i + n < text.length) {
    const ch = text[i + n];
    if (ch === ' ' || ch === '-' || ch === '.' || ch === '/' || ch === '(' || ch === ')' || ch === '\u00a0') n++;
    else break;
  }
  return n;
}

export function scanNumberRuns(text: string, minDigits = 1): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsRun = isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && (isDigit(text.charCodeAt(i + 1)) || text[i + 1] === '('));
    if (!startsRun) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (prev >= 0 && (isDigit(prev) || isLetter(prev))) {
      // inside a token like "abc123": skip the rest of the token
      i++;
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
      continue;
    }
    const start = i;
    let plus = false;
    if (text[i] === '+') {
      plus = true;
      i++;
    }
    let open = 0;
    while (text[i] === '(') {
      open++;
      i++;
    }
    const groups: number[] = [];
    const seps: string[] = [];
    let digits = '';
    let end = i;
    while (i < n) {
      let g = 0;
      while (i < n && isDigit(text.charCodeAt(i))) {
        digits += text[i];
        g++;
        i++;
      }
      if (g === 0) break;
      groups.push(g);
      end = i;
      const s = sepLength(text, i);
      if (s === 0 || i + s >= n || !isDigit(text.charCodeAt(i + s))) {
        // a closing paren directly after digits belongs to the run: "(0)69"
        if (text[i] === ')' && open > 0) end = i + 1;
        break;
      }
      const sep = text.slice(i, i + s);
      // "1,5" and "3. 4" are not number separators; a dot followed by a space ends a sentence
      if (/\.\s|\s\./.test(sep) || /\/.*\//.test(sep)) break;
      seps.push(sep);
      i += s;
    }
    if (groups.length === 0) {
      i = start + 1;
      continue;
    }
    // extension: x123, ext 123, ext. 123
    let ext: string | undefined;
    const tail = /^\s?(?:x|ext\.?|extension)\s?(\d{1,6})(?![\dA-Za-z])/i.exec(text.slice(end, end + 20));
    if (tail && digits.length >= 7) {
      ext = tail[1];
      end += tail[0].length;
    }
    const after = end < n ? text.charCodeAt(end) : -1;
    if (after >= 0 && isLetter(after)) {
      // "123abc": a token, not a number
      i = end;
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
      continue;
    }
    if (digits.length >= minDigits) runs.push({ start, end, digits, groups, seps, plus, ext });
    i = Math.max(end, start + 1);
  }
  return runs;
}

/** True when the run is a decimal or thousands-grouped amount (1,234.56 / 12.50) — callers already split on ','. */
export function looksLikeDecimal(text: string, run: NumberRun): boolean {
  return run.groups.length === 2 && run.seps[0] === '.' && run.groups[1] <= 2;
}
