// Dates of birth and other dates tied to a person, and ages over 89 (HIPAA Safe Harbor element 3).
// A date after a birth cue ("DOB", "born on", "date of birth", "birthday") is a date of birth (warning); other
// day-level dates (7/22, 10/15/03, 2024-03-15, March 5th) are info: in a clinical or account context they
// belong to a person, in a booking bot they rarely do. Bare years are not reported.
import type { Detection } from '../types';
import { hasContextBefore } from './context';
import type { Detector } from './types';
import { hit, matches } from './util';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC = /(?<![\dA-Za-z/.\-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.\-])(\d{1,2})(?:\5(\d{4}|\d{2}))?)(?![\d/:]|\.\d|-\d)/g;
const WORDY = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTHS})\\.?(?:,?\\s+\\d{4})?)\\b`,
  'gi',
);
const BIRTH_CUES = ['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'birthday', 'bday', 'b-day', 'birth'];
const NOT_DATE_BEFORE = ['bp', 'b/p', 'blood pressure', 'ratio', 'score', 'grade', 'page', 'pages', 'step', 'version', 'v', 'x', 'gcs', 'rr', 'hr', 'peep', 'ie', 'i:e', 'abg', 'map', 'sbp', 'dbp'];
/** Ventilator and pressure settings are written like dates ("PSV 10/5", "CPAP 12/10/40%"). */
const SETTINGS_CONTEXT = ['psv', 'ps', 'pap', 'cpap', 'bipap', 'bi-pap', 'vent', 'ventilator', 'settings', 'setting', 'a/c', 'ac', 'simv', 'ips', 'flowby', 'peep', 'fio2', 'pressure support', 'weaned', 'wean', 'imv', 'prvc'];

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
  ],
  falsePositives: [
    { text: 'BP 120/80 and HR 72' },
    { text: 'I was charged twice on 2024-03-15' },
    { text: 'the card expires in 2027' },
    { text: 'she is 1/2 way there' },
  ],
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
    if (/[/.\-]/.test(text)) {
      for (const m of matches(NUMERIC, text)) {
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
        if (hasContextBefore(ctx.lower, m.index, SETTINGS_CONTEXT, 25)) continue;
        // month/two-digit year: "8/87", "11/92"
        if (!year && sep === '/' && a >= 1 && a <= 12 && b > 31 && m[6].length === 2) {
          push(m.index, m.index + m[0].length, 'month/year date');
          continue;
        }
        if (!validMonthDay(a, b) && !validMonthDay(b, a)) continue;
        if (!year) {
          // "3/10": a pain or rating scale
          if (b === 10 && a <= 10) continue;
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
    if (/[a-z]/i.test(text)) {
      for (const m of matches(WORDY, text)) {
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
  quickCheck: (lower) => /age|y(?:ea)?rs?|yo|y\/o|y\.o/.test(lower),
  detect(text) {
    const out: Detection[] = [];
    for (const m of matches(AGE, text)) {
      const digits = m[1] ?? m[2];
      const age = Number(digits);
      if (age < 90 || age > 125) continue;
      const start = m.index + m[0].indexOf(digits);
      out.push(hit(ageDetector, start, start + digits.length, 0.85, 'age over 89'));
    }
    return out;
  },
};
