// Phone and fax numbers, international. Candidates come from the shared number-run scan; libphonenumber-js
// validates international (+CC) and North American numbers; other national layouts count on their grouping
// and on context words. Fictional NANP numbers 555-0100..0199 are test values.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Detection } from '../types';
import { hasContextAround } from './context';
import { scanNumberRuns, type NumberRun } from './numberRuns';
import { parseInternationalDigits, type NumberAnswer } from './phone/international';
import { isValidNanpNational } from './phone/nanpValid';
import { W_HAS_DIGIT, WORD_END, WORD_INFO, WORD_START, WORD_STRIDE } from './textWords';
import type { Detector, TextWords } from './types';
import { hit, isDigitCode, matches } from './util';

export const PHONE_CONTEXT = [
  'phone', 'telephone', 'tel', 'tel.', 'call', 'calling', 'called', 'ring', 'mobile', 'cell', 'cellphone', 'fax', 'text',
  'texts', 'sms', 'whatsapp', 'reach', 'contact', 'answering', 'answer', 'messages', 'dial', 'landline', 'office',
  'desk', 'ext', 'extension', 'hotline', 'voicemail', 'pager', 'beeper', 'phone number', 'mob', 'ph', 'cel',
];

const PAGER = /\b(?:pager|beeper|bleep|pg|ext|extension)\.?(?:\s*(?:number|no\.?|num|is|at|#|:))*\s*#?\s*(\d{4,6})\b/g;


/** Every PAGER match holds one of these (as a substring of the lower-cased text). */
const PAGER_CUE = /pager|beeper|bleep|pg|ext/;

/** Separators numberRuns allows between digit groups: space - . / ( ) and no-break space. */
const isRunSeparator = (c: number) => c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 0xa0;

/**
 * Prefilter: six or more digits joined by separator runs of at most three characters (a superset of the number
 * runs classify() looks at), or a pager/extension cue. Most texts with digits hold only times, amounts and dates.
 */
export function mayHoldPhone(lower: string): boolean {
  let run = 0;
  let sep = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= 6) return true;
      sep = 0;
    } else if (run > 0 && sep < 3 && isRunSeparator(c)) sep++;
    else run = sep = 0;
  }
  return PAGER_CUE.test(lower);
}

const PAGER_CUE_ANY_CASE = new RegExp(PAGER_CUE.source, 'i');

/**
 * mayHoldPhone of an ASCII text from the runner's words (maximal runs of ASCII letters and digits): digits are read
 * in words that hold some, and the characters between two words only when a run of digits may go on across them
 * (at most three separators). A word without digits ends any run, as its letters do in the character loop.
 */
export function mayHoldPhoneInWords(words: TextWords, text: string): boolean {
  const d = words.data;
  let run = 0;
  let runEnd = -1; // where the run's last digit ends (the end of the word before when the run goes on)
  for (let k = 0, at = 0; k < words.count; k++, at += WORD_STRIDE) {
    if ((d[at + WORD_INFO] & W_HAS_DIGIT) === 0) {
      run = 0;
      continue;
    }
    const start = d[at + WORD_START];
    const end = d[at + WORD_END];
    // the run goes on over a gap of one to three separators right after its last digit
    if (run > 0 && !(start - runEnd <= 3 && onlyRunSeparators(text, runEnd, start))) run = 0;
    for (let i = start; i < end; i++) {
      if (isDigitCode(text.charCodeAt(i))) {
        if (++run >= 6) return true;
      } else run = 0;
    }
    runEnd = end;
  }
  return PAGER_CUE_ANY_CASE.test(text);
}

function onlyRunSeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isRunSeparator(text.charCodeAt(i))) return false;
  return true;
}

const STRONG_PHONE_CONTEXT = ['phone', 'telephone', 'tel', 'call', 'mobile', 'cell', 'fax', 'whatsapp', 'sms', 'text me', 'office', 'desk'];

const isDateLike = (r: NumberRun): boolean => {
  if (r.groups.length !== 3 || r.seps.some((s) => s !== r.seps[0]) || !/^[-/.]$/.test(r.seps[0])) return false;
  const [a, b, c] = [r.groups[0], r.groups[1], r.groups[2]];
  return (a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c === 4 || c === 2));
};

const isIpLike = (r: NumberRun) => r.groups.length === 4 && r.seps.every((s) => s === '.') && r.groups.every((g) => g <= 3);

function isTimeOrYearRange(r: NumberRun): boolean {
  if (r.groups.length !== 2 || r.groups[0] !== 4 || r.groups[1] !== 4) return false;
  const a = Number(r.digits.slice(0, 4));
  const b = Number(r.digits.slice(4));
  const hhmm = (x: number) => x <= 2400 && x % 100 < 60;
  const year = (x: number) => x >= 1900 && x <= 2100;
  return (hhmm(a) && hhmm(b)) || (year(a) && year(b));
}

export function isFictionalNanp(digits: string): boolean {
  const d = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  const local = d.length === 10 ? d.slice(3) : d;
  return local.length === 7 && local.startsWith('55501');
}

/** Ofcom's numbers for drama (UK): 07700 900000-900999, 020 7946 0000-0999, 0113 496 0000-0999, 0161 496 0000-0999. */
export function isFictionalUk(digits: string): boolean {
  const d = digits.startsWith('44') ? '0' + digits.slice(2) : digits;
  return /^07700900\d{3}$/.test(d) || /^02079460\d{3}$/.test(d) || /^0(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}$/.test(d);
}

/**
 * Toll-free numbers belong to businesses ("call our customer service at 1 800 ..."): North American 8XX codes,
 * UK 0800/0808, and the 1800 numbers of Australia and India. Reported as info, so they never fail a CI run.
 */
export function isTollFree(digits: string): boolean {
  const nanp = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (nanp.length === 10 && /^8(?:00|33|44|55|66|77|88)/.test(nanp)) return true;
  const uk = digits.startsWith('44') ? '0' + digits.slice(2) : digits;
  if ((uk.length === 10 || uk.length === 11) && /^080[08]/.test(uk)) return true;
  return (digits.length === 10 || digits.length === 11) && digits.startsWith('1800');
}

/**
 * North American numbers have ten digits after an optional leading 1, and their area code starts with 2-9:
 * libphonenumber-js calls no other 10/11-digit number valid for US except international ones dialled with the
 * US exit code 011 ("011 43 ..."). National numbers written with a leading 0 are common in the log, so the costly
 * library call is skipped for them. (The exchange may start with 0 or 1 in some Caribbean area codes.)
 */
export function mayBeValidUs(digits: string): boolean {
  const off = digits.length === 11 && digits.charCodeAt(0) === 49 ? 1 : 0;
  return digits.length - off === 10 && (digits.charCodeAt(off) >= 50 || digits.startsWith('011', off));
}

/** parsePhoneNumberFromString(raw, 'US')?.isValid() for a run whose digits pass mayBeValidUs. */
export function isValidUs(raw: string, digits: string): boolean {
  const off = digits.length === 11 ? 1 : 0;
  if (digits.startsWith('011', off)) return parsePhoneNumberFromString(raw, 'US')?.isValid() ?? false;
  return isValidNanpNational(off === 0 ? digits : digits.slice(1));
}

/**
 * isValid(), isPossible() and country of an international run ("+41 ...", "0041 ..."), as libphonenumber-js
 * answers parsePhoneNumberFromString for it: from its metadata with regexes compiled once (phone/international.ts).
 */
export function parseInternational(r: NumberRun): NumberAnswer | undefined {
  return parseInternationalDigits(r.plus ? r.digits : r.digits.slice(2));
}

/** Whether any separator of the run passes `test`. */
const hasSep = (r: NumberRun, test: (s: string) => boolean) => {
  for (let k = 0; k < r.seps.length; k++) if (test(r.seps[k])) return true;
  return false;
};

function classify(text: string, lower: string, r: NumberRun): { confidence: number; reason: string } | null {
  const n = r.digits.length;
  const core = r.digits;
  const g = r.groups;
  // Context-free rejections first (each one alone returns null, so their order does not matter); the context
  // words are looked up only for the runs that get past them.
  if (n < 6 || n > 15) return null;
  if (isIpLike(r) || isTimeOrYearRange(r)) return null;
  if (hasSep(r, (s) => s.includes('/'))) return null;
  // "2011-10-24 06:30:25": digits right before ":<digit>" are the hour of a time, so the run is a date and time
  if (r.end + 1 < text.length && text.charCodeAt(r.end) === 58 && isDigitCode(text.charCodeAt(r.end + 1))) return null;
  if (g.length === 2 && r.seps[0] === '.' && g[1] <= 2) return null; // decimal amount
  // decimals mixed with other separators are readings or ranges ("7.38-33-169", "101- 101.4"), and dotted
  // phone layouts use groups of two or more digits throughout ("730.347.5681", "01.23.45.67.89")
  if (hasSep(r, (s) => s.includes('.'))) {
    if (hasSep(r, (s) => s !== '.')) return null;
    if (g.some((x) => x < 2)) return null;
  }
  if (hasSep(r, (s) => /\(-|-\(|\)-\)/.test(s))) return null;
  if (!r.plus && g.length >= 3 && g[g.length - 1] === 1) return null; // "20-50-400-5": settings
  // six digits only in a grouped layout right next to a phone word ("call 33 93 31")
  if (n === 6 && g.length < 2) return null;
  // "100-1112": a range; a 3-4 local number never starts its exchange with 0 or 1
  if (g.length === 2 && g[0] === 3 && g[1] === 4 && /^[01]/.test(core) && !r.plus) return null;
  // ranges of readings: two groups of 2-4 digits joined by a dash with spaces ("101 - 102")
  if (g.length === 2 && r.seps[0].trim() === '-' && r.seps[0] !== '-') return null;
  const context = hasContextAround(lower, r.start, r.end, PHONE_CONTEXT, 30, 15);
  if (n === 6 && !(context && hasContextAround(lower, r.start, r.end, STRONG_PHONE_CONTEXT, 20, 10))) return null;
  if (!context) {
    if (isDateLike(r)) return null;
    if (!r.plus && g.length === 2 && !((g[0] === 3 || g[0] === 4) && g[1] === 4) && g[0] + g[1] < 10) return null;
    // "575-1000", "900-1300": a range with round endpoints
    if (g.length === 2 && r.seps[0] === '-' && (/00$/.test(core.slice(0, g[0])) || /00$/.test(core))) return null;
  }
  const raw = text.slice(r.start, r.end);
  if (r.plus || core.startsWith('00')) {
    const p = parseInternational(r);
    if (p?.valid) return { confidence: 0.95, reason: `valid ${p.country ?? 'international'} number` };
    if (p?.possible) return { confidence: context ? 0.9 : 0.75, reason: 'international number' };
    return context ? { confidence: 0.7, reason: 'international-looking number, phone context' } : null;
  }
  // (a library call costs tens of microseconds or more: it builds its metadata regexes anew, and V8 recompiles
  // them after a garbage collection; national North American numbers are answered from the same metadata with
  // regexes compiled once, and only numbers dialled with the US exit code 011 go to the library)
  const usValid = () => mayBeValidUs(core) && isValidUs(raw, core);
  if (g.length === 1) {
    // ungrouped digits: only with context, or a valid 10-digit North American number
    if (context) return { confidence: 0.85, reason: 'digits with phone context' };
    if (n === 10 && usValid()) return { confidence: 0.6, reason: 'valid North American number, no context' };
    return null;
  }
  if (usValid()) return { confidence: context ? 0.95 : 0.9, reason: 'valid North American number' };
  if (g.length >= 2 && g.every((x) => x >= 2 || g.length >= 3)) {
    if (context) return { confidence: 0.9, reason: 'grouped number, phone context' };
    if (isDateLike(r)) return null;
    return { confidence: 0.7, reason: 'grouped like a phone number' };
  }
  return context ? { confidence: 0.7, reason: 'number, phone context' } : null;
}

export const phoneDetector: Detector = {
  id: 'phone-number',
  entity: 'PHONE_NUMBER',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 4,
  description:
    'Phone and fax numbers in international (+CC) and national layouts. North American and international numbers are validated with libphonenumber-js; other layouts need grouping or context words. 555-0100..555-0199 are test values.',
  truePositives: [
    { text: 'call me at (415) 867-2290 tomorrow', expect: ['(415) 867-2290'] },
    { text: 'Mobile: +41 (0)44 668 18 00', expect: ['+41 (0)44 668 18 00'] },
    { text: "They're not answering at 362 118 470", expect: ['362 118 470'] },
    { text: 'fax 001-312-555-7781', expect: ['001-312-555-7781'] },
    { text: 'Desk: 646-201-4432x118', expect: ['646-201-4432x118'] },
    { text: 'my number is 07912 448120', expect: ['07912 448120'] },
    { text: 'Pager #41872 if needed', expect: ['41872'] },
  ],
  falsePositives: [
    { text: 'I was charged 1,250.00 twice on 2024-03-15' },
    { text: 'the transfer of 1234567.89 failed' },
    { text: 'open from 0900-1700 every day' },
    { text: 'server 192.168.10.20 is down' },
    { text: 'call 555-0142 for a demo' },
    { text: 'Logged: 2019-04-17 09:12:44 by the night shift' },
    { text: 'You can also call our customer service number: 1 800 240 7781.' },
    { text: 'Questions? Ring us free on 0800 046 2210' },
  ],
  quickCheck: (lower) => mayHoldPhone(lower),
  quickCheckWords: (words, text) => mayHoldPhoneInWords(words, text),
  detect(text, ctx) {
    const out: Detection[] = [];
    // Runs are read off the lower case of an ASCII text (the runner's words say it is one): a flat string, read
    // faster than the text (often a slice of a document), with the same digits, separators and letters at the
    // same offsets. (Past ASCII a character may lower-case to an ASCII letter: the text itself is read then.)
    const runsFrom = ctx.words !== undefined && ctx.lower.length === text.length ? ctx.lower : text;
    for (const r of scanNumberRuns(runsFrom, 6)) {
      if (r.digits.length < 6) continue;
      const c = classify(text, ctx.lower, r);
      if (!c) continue;
      const test = isFictionalNanp(r.digits) || isFictionalUk(r.digits);
      const tollFree = !test && isTollFree(r.digits.startsWith('00') ? r.digits.slice(2) : r.digits);
      const reason = test ? 'fictional (reserved for examples) number' : tollFree ? `${c.reason}, toll-free (a business line)` : c.reason;
      out.push(
        hit(phoneDetector, r.start, r.end, c.confidence, reason, {
          testValue: test,
          severity: c.confidence < 0.7 || tollFree ? 'info' : undefined,
        }),
      );
    }
    // pagers and extensions: short numbers right after their cue ("Pager #54321", "beeper number 55037", "ext. 4471")
    if (!PAGER_CUE.test(ctx.lower)) return out;
    for (const m of matches(PAGER, ctx.lower)) {
      const start = m.index + m[0].length - m[1].length;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      out.push(hit(phoneDetector, start, start + m[1].length, 0.8, 'pager or extension number'));
    }
    return out;
  },
};
