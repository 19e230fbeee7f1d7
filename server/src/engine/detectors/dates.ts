// Dates of birth and other dates tied to a person, and ages over 89 (HIPAA Safe Harbor element 3).
// A date after a birth cue ("DOB", "born on", "date of birth", "birthday") is a date of birth (warning); other
// day-level dates (7/22, 10/15/03, 2024-03-15, March 5th) are info: in a clinical or account context they
// belong to a person, in a booking bot they rarely do. Bare years are not reported.
import type { Detection } from '../types';
import { hasContextAround, hasContextBefore } from './context';
import { W_HAS_DIGIT, WORD_END, WORD_INFO, WORD_START, WORD_STRIDE } from './textWords';
import type { Detector, TextWords } from './types';
import { hit } from './util';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC = /(?<![\dA-Za-z/.])(?<![^A-Za-z]-)(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.\-])(\d{1,2})(?:\5(\d{4}|\d{2}))?)(?![\d/]|:\d|\.\d|-\d)/g;
const WORDY = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTHS})\\.?(?:,?\\s+\\d{4})?)\\b`,
  'gi',
);
// "in March of 1993", "Sept. 2020": a month and a year (the month is a date element; a bare year is not).
const MONTH_YEAR = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b`, 'gi');
// "on the 11th", "it's the 3rd.": a day of the month named alone (not "the 3rd floor", "the 2nd time").
const ORDINAL_DAY =
  /\b(?:on|since|until|till|by|before|after|from|it's|it’s|it is|is|was|today is)\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b(?=\s*(?:[.,;:!?)"]|$)|\s+(?:at|in|and|or|when|we|he|she|pt|patient|but)\b)/gi;
const BIRTH_CUES = ['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'birthday', 'bday', 'b-day', 'birth'];
const NOT_DATE_BEFORE = ['bp', 'b/p', 'blood pressure', 'ratio', 'score', 'grade', 'page', 'pages', 'step', 'version', 'v', 'x', 'gcs', 'rr', 'hr', 'peep', 'ie', 'i:e', 'abg', 'map', 'sbp', 'dbp'];
/** Ventilator and pressure settings are written like dates ("PSV 10/5", "CPAP 12/10/40%"). */
const SETTINGS_CONTEXT = ['psv', 'ps', 'pap', 'cpap', 'bipap', 'bi-pap', 'vent', 'ventilator', 'settings', 'setting', 'a/c', 'ac', 'simv', 'ips', 'flowby', 'peep', 'fio2', 'pressure support', 'weaned', 'wean', 'imv', 'prvc'];

/** Words near "3/10" that make it a score: pain scales and ratings. */
const SCALE_WORDS = ['pain', 'scale', 'score', 'rating', 'rate', 'rates', 'rated', 'level', 'discomfort', 'ache', 'out of', 'sedation', 'anxiety', 'nausea', 'cp', 'c/o', 'chest', 'pressure', 'incisional', 'headache'];
/** Verbs and nouns that put a date right after them ("placed 8/14", "extubation 10/3", "since 7/2"). */
const DATING_WORDS = ['placed', 'inserted', 'changed', 'started', 'since', 'until', 'dated', 'extubation', 'extubate', 'extubated', 'intubated', 'admitted', 'admission', 'surgery', 'discharge', 'discharged'];

function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  entity: 'DATE_OF_BIRTH',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 1,
  description: 'Dates of birth (after DOB, born on, date of birth, birthday) and other day-level dates tied to a person (info). Bare years are not reported.',
  truePositives: [
    { text: 'DOB: 04/12/1985', expect: ['04/12/1985'] },
    { text: 'I was born on March 5th, 1990', expect: ['March 5th, 1990'] },
    { text: 'admitted 7/22, found by husband', expect: ['7/22'] },
    { text: 'my birthday is 12 June', expect: ['12 June'] },
    { text: 'blood culture drawn from the A-line on the 11th. One set pending', expect: ['11th'] },
    { text: 'LAST DOSE OF ADRIAMYCIN IN MARCH OF 1993, NO RECURRENCE', expect: ['MARCH OF 1993'] },
  ],
  falsePositives: [
    { text: 'BP 120/80 and HR 72' },
    { text: 'I was charged twice on 2024-03-15' },
    { text: 'the card expires in 2027' },
    { text: 'she is 1/2 way there' },
    { text: 'take the lift to the 3rd floor, it is the 2nd time I ask' },
  ],
  // a numeric date shape (checked on char codes) or a month name with a digit next to it
  quickCheck: (lower) => hasDateShape(lower),
  // the same answer from the runner's words: letters are read at word starts only, digits inside words with digits
  quickCheckWords: (words, text) => hasDateShapeInWords(words, text),
  detect(text, ctx) {
    const out: Detection[] = [];
    const push = (start: number, end: number, reason: string) => {
      const birth = hasContextBefore(ctx.lower, start, BIRTH_CUES, 30);
      out.push(
        hit(dateOfBirthDetector, start, end, birth ? 0.92 : 0.6, birth ? 'date after a birth cue' : reason, {
          entity: birth ? 'DATE_OF_BIRTH' : 'DATE',
          severity: birth ? 'warning' : 'info',
        }),
      );
    };
    // each pattern runs only where one scan says it may match (most texts hold one kind of date)
    const may = datePatternsIn(text);
    let m: RegExpExecArray | null;
    if ((may & MAY_NUMERIC) !== 0) {
      NUMERIC.lastIndex = 0;
      while ((m = NUMERIC.exec(text)) !== null) {
        if (m[1]) {
          if (validMonthDay(Number(m[2]), Number(m[3])) && Number(m[1]) >= 1900 && Number(m[1]) <= 2100) push(m.index, m.index + m[0].length, 'ISO date');
          continue;
        }
        const a = Number(m[4]);
        const b = Number(m[6]);
        const sep = m[5];
        const year = m[7];
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
        if (/^\s*(?:%|peep|pain|of peep|cm|mmhg|x\b)/.test(after)) continue;
        // a ventilator setting shortly before the numbers ("PSV 10/5", "BIPAP overnight 10/5"), unless a dating verb
        // sits right before them ("vent via trach (placed 8/14)", "wean for extubation 10/3")
        if (hasContextBefore(ctx.lower, m.index, SETTINGS_CONTEXT, 20) && !hasContextBefore(ctx.lower, m.index, DATING_WORDS, 14)) continue;
        // month/two-digit year: "8/87", "11/92"
        if (!year && sep === '/' && a >= 1 && a <= 12 && b > 31 && m[6].length === 2) {
          push(m.index, m.index + m[0].length, 'month/year date');
          continue;
        }
        if (!validMonthDay(a, b) && !validMonthDay(b, a)) continue;
        if (!year) {
          // "3/10": a pain or rating scale when a scale word is near; "5/5": strength or vent settings
          if (b === 10 && a <= 10 && hasContextAround(ctx.lower, m.index, m.index + m[0].length, SCALE_WORDS, 30, 12)) continue;
          if (a === b && a <= 10) continue;
          // m/d without a year: slashes only, not a fraction ("1/2") or a reading ("BP 120/80")
          if (sep !== '/') continue;
          if (b <= 4 && a <= 3 && m[4].length === 1 && m[6].length === 1) continue;
          if (hasContextBefore(ctx.lower, m.index, NOT_DATE_BEFORE, 8)) continue;
          push(m.index, m.index + m[0].length, 'month/day date');
          continue;
        }
        if (sep === '.' && year.length === 2) continue; // 1.2.3 version-like
        push(m.index, m.index + m[0].length, 'numeric date');
      }
    }
    if ((may & MAY_MONTH) !== 0) {
      MONTH_YEAR.lastIndex = 0;
      while ((m = MONTH_YEAR.exec(text)) !== null) {
        if (/^may\s/.test(m[0])) continue; // "may 2020 be ..." (a verb in lower case)
        push(m.index, m.index + m[0].length, 'month and year');
      }
    }
    if ((may & MAY_ORDINAL) !== 0) {
      ORDINAL_DAY.lastIndex = 0;
      while ((m = ORDINAL_DAY.exec(text)) !== null) {
        const day = Number(/\d+/.exec(m[1])?.[0] ?? 0);
        if (day < 1 || day > 31) continue;
        const start = m.index + m[0].length - m[1].length;
        push(start, start + m[1].length, 'day of the month');
      }
    }
    if ((may & MAY_MONTH) !== 0) {
      WORDY.lastIndex = 0;
      while ((m = WORDY.exec(text)) !== null) {
        const v = m[0].toLowerCase();
        // "may 5" as a verb ("may 2 people") is not a date
        if (/^may\s+\d/.test(v) && !/\d{4}/.test(v) && !hasContextBefore(ctx.lower, m.index, BIRTH_CUES, 30)) continue;
        const day = Number((/\d{1,2}/.exec(v) ?? ['0'])[0]);
        if (day < 1 || day > 31) continue;
        push(m.index, m.index + m[0].length, 'written date');
      }
    }
    return out;
  },
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c === 47 || c === 46 || c === 45; // / . -

/** Value of the digit run lower[from, to). */
function valueOf(lower: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) v = v * 10 + (lower.charCodeAt(k) - 48);
  return v;
}

/**
 * Prefilter for NUMERIC on one run: a 1-2 digit (or ISO 4-digit) run not glued to a letter, '/', '.' or '-', a
 * separator, a second run, and numbers that can be a month and a day (or month/yy); without a year only m/d with a
 * slash counts.
 */
function numericDateAt(lower: string, start: number, end: number): boolean {
  const n = lower.length;
  const prev = start > 0 ? lower.charCodeAt(start - 1) : 32;
  const len1 = end - start;
  // glued to a letter, '/' or '.', or after a '-' that follows no letter ("1-2/3"): not a date start
  // (A-Z count as letters: the same answer on an ASCII text as on its lower case)
  const prev2 = start > 1 ? lower.charCodeAt(start - 2) : 32;
  if (isAsciiLetter(prev) || prev === 47 || prev === 46 || (prev === 45 && !isAsciiLetter(prev2))) return false;
  if (end + 1 >= n || !(len1 <= 2 || len1 === 4)) return false;
  const sep = lower.charCodeAt(end);
  if (!isSeparator(sep) || !isDigit(lower.charCodeAt(end + 1))) return false;
  let end2 = end + 1;
  while (end2 < n && isDigit(lower.charCodeAt(end2))) end2++;
  const len2 = end2 - end - 1;
  if (len2 > 2) return false;
  const a = valueOf(lower, start, end);
  const b = valueOf(lower, end + 1, end2);
  const third = end2 + 1 < n && lower.charCodeAt(end2) === sep && isDigit(lower.charCodeAt(end2 + 1));
  if (len1 === 4) return sep === 45 && third && a >= 1900 && a <= 2100;
  if (!third && sep !== 47) return false;
  return validMonthDay(a, b) || validMonthDay(b, a) || (!third && a >= 1 && a <= 12 && b > 31 && len2 === 2);
}

/** "st", "nd", "rd" or "th" at i, in either case (char codes: no two-letter string per digit run). */
function ordinalSuffixAt(lower: string, i: number): boolean {
  return isOrdinalSuffix(lower.charCodeAt(i) | 32, lower.charCodeAt(i + 1) | 32);
}
/** The lower-case codes a, b spell "st", "nd", "rd" or "th". */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}
/** The first three letters of the months, as a table indexed by their letter codes. */
const MONTH_PREFIX = new Uint8Array(26 * 26 * 26);
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) {
  MONTH_PREFIX[(m.charCodeAt(0) - 97) * 676 + (m.charCodeAt(1) - 97) * 26 + (m.charCodeAt(2) - 97)] = 1;
}

/**
 * Whether the word starting at i begins with a month's first three letters ("mar", "march", "marching": a superset),
 * in either case.
 */
function monthAt(lower: string, i: number): boolean {
  if (i + 3 > lower.length || (i > 0 && isAsciiLetter(lower.charCodeAt(i - 1)))) return false;
  return isMonthPrefix(lower.charCodeAt(i) | 32, lower.charCodeAt(i + 1) | 32, lower.charCodeAt(i + 2) | 32);
}

/** The lower-case codes a, b, c spell a month's first three letters (false for anything but a-z). */
function isMonthPrefix(a: number, b: number, c: number): boolean {
  a -= 97;
  b -= 97;
  c -= 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 && MONTH_PREFIX[a * 676 + b * 26 + c] === 1;
}

// Bits of datePatternsIn: which of detect()'s patterns may match a text.
/** NUMERIC: a digit, then '/', '.' or '-', then a digit. */
export const MAY_NUMERIC = 1;
/** MONTH_YEAR and WORDY: a word starting with a month's first three letters. */
export const MAY_MONTH = 2;
/** ORDINAL_DAY: a digit followed by st, nd, rd or th. */
export const MAY_ORDINAL = 4;
const MAY_ALL = MAY_NUMERIC | MAY_MONTH | MAY_ORDINAL;

const isAsciiLetter = (c: number) => ((c | 32) - 97) >>> 0 < 26;

/**
 * Which of detect()'s patterns may match `text`: one pass over the characters; each bit is set wherever its pattern
 * could match (a superset). The patterns match case-insensitively without the u flag, which folds ASCII letters
 * only, so `| 32` on a letter's code is their case folding.
 */
export function datePatternsIn(text: string): number {
  const n = text.length;
  let may = 0;
  for (let i = 0; i < n && may !== MAY_ALL; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (i + 2 >= n) continue;
      const next = text.charCodeAt(i + 1);
      if (isSeparator(next) && isDigit(text.charCodeAt(i + 2))) may |= MAY_NUMERIC;
      else if (isOrdinalSuffix(next | 32, text.charCodeAt(i + 2) | 32)) may |= MAY_ORDINAL;
    } else if (isAsciiLetter(c) && (i === 0 || !isAsciiLetter(text.charCodeAt(i - 1))) && i + 2 < n) {
      const b = text.charCodeAt(i + 1);
      const d = text.charCodeAt(i + 2);
      if (isAsciiLetter(b) && isAsciiLetter(d) && isMonthPrefix(c | 32, b | 32, d | 32)) may |= MAY_MONTH;
    }
  }
  return may;
}

/**
 * Prefilter for the whole detector, one pass over the characters: a numeric date shape starting at a digit run, an
 * ordinal day ("the 11th"), or a month word within a few characters of a digit run ("March 5th", "sept. 12",
 * "5 March", "12th of June"): a month word starting at most 12 characters before a run (it then ends before the
 * run), or less than 10 characters after one.
 */
export function hasDateShape(lower: string): boolean {
  const n = lower.length;
  let lastMonth = -1000; // start of the last month word passed
  let lastRunEnd = -1000; // end of the last digit run passed
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      do i++;
      while (i < n && isDigit(lower.charCodeAt(i)));
      if (digitRunMakesDate(lower, start, i, lastMonth)) return true;
      lastRunEnd = i;
      continue;
    }
    if (isAsciiLetter(c) && (i === 0 || !isAsciiLetter(lower.charCodeAt(i - 1))) && monthAt(lower, i)) {
      if (i < lastRunEnd + 10) return true;
      lastMonth = i;
    }
    i++;
  }
  return false;
}

/**
 * Whether the digit run s[start, end) makes hasDateShape true: a numeric date starts there, it is an ordinal day
 * ("the 11th": st/nd/rd/th right after the digits, then no letter), or a month word started at most 12 characters
 * before it (`lastMonth`).
 */
function digitRunMakesDate(s: string, start: number, end: number, lastMonth: number): boolean {
  if (numericDateAt(s, start, end)) return true;
  const n = s.length;
  if (end - start <= 2 && end + 1 < n && ordinalSuffixAt(s, end) && (end + 2 === n || !isAsciiLetter(s.charCodeAt(end + 2)))) return true;
  return lastMonth >= start - 12;
}

/**
 * hasDateShape of an ASCII text from the runner's words (maximal runs of ASCII letters and digits): the same digit
 * runs and letter-run starts in the same order, but a word without digits is read at its start only (a month
 * prefix), and the characters between words (separators) are never walked. Case-insensitive like hasDateShape.
 */
export function hasDateShapeInWords(words: TextWords, text: string): boolean {
  const d = words.data;
  let lastMonth = -1000; // start of the last month word passed
  let lastRunEnd = -1000; // end of the last digit run passed
  for (let k = 0, at = 0; k < words.count; k++, at += WORD_STRIDE) {
    const start = d[at + WORD_START];
    const end = d[at + WORD_END];
    if ((d[at + WORD_INFO] & W_HAS_DIGIT) === 0) {
      // letters only: one letter run, starting after a separator
      if (end - start >= 3 && isMonthPrefix(text.charCodeAt(start) | 32, text.charCodeAt(start + 1) | 32, text.charCodeAt(start + 2) | 32)) {
        if (start < lastRunEnd + 10) return true;
        lastMonth = start;
      }
      continue;
    }
    let i = start;
    while (i < end) {
      if (isDigit(text.charCodeAt(i))) {
        const runStart = i;
        do i++;
        while (i < end && isDigit(text.charCodeAt(i)));
        if (digitRunMakesDate(text, runStart, i, lastMonth)) return true;
        lastRunEnd = i;
        continue;
      }
      // a letter run inside the word (after a digit or at its start)
      if (monthAt(text, i)) {
        if (i < lastRunEnd + 10) return true;
        lastMonth = i;
      }
      do i++;
      while (i < end && !isDigit(text.charCodeAt(i)));
    }
  }
  return false;
}

function hasNumberFrom90To125(lower: string): boolean {
  return numberFrom90To125Within(lower, 0, lower.length);
}

/** A run of at most three digits in s[from, end) whose value is 90..125. */
function numberFrom90To125Within(s: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (!isDigit(s.charCodeAt(i))) continue;
    const start = i;
    let value = 0;
    while (i < end && isDigit(s.charCodeAt(i))) value = value * 10 + (s.charCodeAt(i++) - 48);
    if (i - start <= 3 && value >= 90 && value <= 125) return true;
  }
  return false;
}

/** Every AGE match holds one of these (on the lower case). */
const AGE_WORD = /age|y(?:ea)?rs?|yo|y\/o|y\.o/;
const AGE_WORD_ANY_CASE = new RegExp(AGE_WORD.source, 'i');

/** hasNumberFrom90To125 over the digit runs of the words that hold digits (an ASCII text and its words). */
function hasNumberFrom90To125InWords(words: TextWords, text: string): boolean {
  const d = words.data;
  for (let k = 0, at = 0; k < words.count; k++, at += WORD_STRIDE) {
    if ((d[at + WORD_INFO] & W_HAS_DIGIT) !== 0 && numberFrom90To125Within(text, d[at + WORD_START], d[at + WORD_END])) return true;
  }
  return false;
}

const AGE = /\b(?:(?:age[ds]?|aged)\s*:?\s*(\d{2,3})\b|(\d{2,3})\s*(?:-|\s)?(?:years?|yrs?|y\.?o\.?|y\/o|yo)(?:[\s-]*old)?\b)/gi;

export const ageDetector: Detector = {
  id: 'age-over-89',
  entity: 'AGE',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 2,
  description: 'Ages over 89 ("92 years old", "aged 95", "98 yo"): HIPAA treats them as identifying.',
  truePositives: [
    { text: 'patient is a 92 year old female', expect: ['92'] },
    { text: 'aged 101 and lives alone', expect: ['101'] },
  ],
  falsePositives: [{ text: 'a 58 year old male' }, { text: 'I have had this card for 95 days' }],
  // a two- or three-digit number from 90 to 125 (looked for on char codes), then an age word
  quickCheck: (lower) => hasNumberFrom90To125(lower) && AGE_WORD.test(lower),
  // (an ASCII text: the case-insensitive word test on the text answers as the test on its lower case)
  quickCheckWords: (words, text) => hasNumberFrom90To125InWords(words, text) && AGE_WORD_ANY_CASE.test(text),
  detect(text) {
    const out: Detection[] = [];
    AGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AGE.exec(text)) !== null) {
      const digits = m[1] ?? m[2];
      const age = Number(digits);
      if (age < 90 || age > 125) continue;
      const start = m.index + m[0].indexOf(digits);
      out.push(hit(ageDetector, start, start + digits.length, 0.85, 'age over 89'));
    }
    return out;
  },
};

/** For tests: the patterns datePatternsIn answers for, by bit. */
export const DATE_PATTERNS_FOR_TEST: readonly (readonly [RegExp, number])[] = [[NUMERIC, MAY_NUMERIC], [MONTH_YEAR, MAY_MONTH], [ORDINAL_DAY, MAY_ORDINAL], [WORDY, MAY_MONTH]];
