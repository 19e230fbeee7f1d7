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
    const c = text.charCodeAt(i + n);
    if (c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 0xa0) n++;
    else break;
  }
  return n;
}

// Scratch space for the run being scanned: group ends and separator starts/ends (arrays are made only for runs
// that are kept; most runs are short numbers that callers do not want).
const groupStart: number[] = [];
const groupEnd: number[] = [];

/** The separator text[a, b) ends the run: a dot beside a space ("1. 5", "3 .4") or two slashes. */
function endsRun(text: string, a: number, b: number): boolean {
  let slashes = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 47) slashes++;
    else if (c === 46 && ((k > a && isSpace(text.charCodeAt(k - 1))) || (k + 1 < b && isSpace(text.charCodeAt(k + 1))))) return true;
  }
  return slashes >= 2;
}

/** \s among the separator characters: a space or a no-break space. */
const isSpace = (c: number) => c === 32 || c === 0xa0;

const EXTENSION = /^\s?(?:x|ext\.?|extension)\s?(\d{1,6})(?![\dA-Za-z])/i;

const isExtensionStart = (c: number) => c === 120 || c === 88 || c === 101 || c === 69; // x X e E

/** Whether EXTENSION may match at i: an x or e there, or after one character that may be a space. */
function mayStartExtension(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isExtensionStart(c) || (!isDigit(c) && !isLetter(c) && i + 1 < text.length && isExtensionStart(text.charCodeAt(i + 1)));
}

export function scanNumberRuns(text: string, minDigits = 1): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsRun = isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && (isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 40));
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
    if (c === 43) {
      plus = true;
      i++;
    }
    let open = 0;
    // (reads stay inside the text: a read past its end deoptimizes the compiled scanner)
    while (i < n && text.charCodeAt(i) === 40) {
      open++;
      i++;
    }
    let count = 0;
    let digitCount = 0;
    let end = i;
    while (i < n) {
      const g0 = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (i === g0) break;
      groupStart[count] = g0;
      groupEnd[count] = i;
      count++;
      digitCount += i - g0;
      end = i;
      const s = sepLength(text, i);
      if (s === 0 || i + s >= n || !isDigit(text.charCodeAt(i + s))) {
        // a closing paren directly after digits belongs to the run: "(0)69"
        if (open > 0 && i < n && text.charCodeAt(i) === 41) end = i + 1;
        break;
      }
      // "1,5" and "3. 4" are not number separators; a dot followed by a space ends a sentence
      if (endsRun(text, i, i + s)) break;
      i += s;
    }
    if (count === 0) {
      i = start + 1;
      continue;
    }
    // extension: x123, ext 123, ext. 123
    let ext: string | undefined;
    if (digitCount >= 7 && end < n && mayStartExtension(text, end)) {
      const tail = EXTENSION.exec(text.slice(end, end + 20));
      if (tail) {
        ext = tail[1];
        end += tail[0].length;
      }
    }
    const after = end < n ? text.charCodeAt(end) : -1;
    if (after >= 0 && isLetter(after)) {
      // "123abc": a token, not a number
      i = end;
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
      continue;
    }
    if (digitCount >= minDigits) {
      const groups: number[] = new Array(count);
      const seps: string[] = new Array(count - 1);
      let digits = '';
      for (let k = 0; k < count; k++) {
        groups[k] = groupEnd[k] - groupStart[k];
        digits += text.slice(groupStart[k], groupEnd[k]);
        if (k > 0) seps[k - 1] = text.slice(groupEnd[k - 1], groupStart[k]);
      }
      runs.push({ start, end, digits, groups, seps, plus, ext });
    }
    i = Math.max(end, start + 1);
  }
  return runs;
}

/** True when the run is a decimal or thousands-grouped amount (1,234.56 / 12.50) — callers already split on ','. */
export function looksLikeDecimal(text: string, run: NumberRun): boolean {
  return run.groups.length === 2 && run.seps[0] === '.' && run.groups[1] <= 2;
}
