// Masked previews for messages, hovers and reports. They show the shape of a value, never the value:
// d*****@g****.com, ***-**-6789, L**** F*******.
import { isAsciiAlnumCode } from '../detectors/util';

const DIGIT_HEAVY = /^[\d\s\-.()/+]+$/;

function maskWord(word: string): string {
  if (word.length === 0) return word;
  const chars = Array.from(word);
  return chars[0] + '*'.repeat(chars.length - 1);
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const labels = domain.split('.');
  const tld = labels.length > 1 ? labels.pop()! : '';
  const maskedDomain = labels.map(maskWord).join('.');
  return `${maskWord(local)}@${maskedDomain}${tld ? '.' + tld : ''}`;
}

/** Keeps separators and the last `keep` digits; every other letter or digit becomes `*`. */
function maskKeepingTail(value: string, keep: number): string {
  let seen = 0;
  const total = (value.match(/[\p{L}\p{N}]/gu) ?? []).length;
  let out = '';
  for (const ch of value) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      seen++;
      out += seen > total - keep ? ch : '*';
    } else out += ch;
  }
  return out;
}

function maskAll(value: string): string {
  return value.replace(/[\p{L}\p{N}]/gu, '*');
}

const WORDY = new Set(['PERSON', 'STREET_ADDRESS', 'LOCATION', 'HEALTH_TERM', 'HEALTH_DISCLOSURE', 'USERNAME']);
const SECRET = new Set(['PASSWORD', 'API_KEY', 'CARD_CVV']);

/** A preview that names the shape of a value without revealing it. */
export function maskPreview(value: string, entity: string): string {
  const v = value.length > 200 ? value.slice(0, 200) : value;
  if (SECRET.has(entity)) return '*'.repeat(Math.min(Math.max(v.length, 3), 12));
  if (entity === 'EMAIL_ADDRESS' && v.includes('@')) return maskEmail(v);
  if (PRINTABLE_ASCII.test(v)) return WORDY.has(entity) ? maskWordsAscii(v) : maskIdentifierAscii(v);
  return maskPreviewUnicode(v, entity);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The general form (any Unicode); `maskPreview` gives the same answer faster for printable ASCII. */
export function maskPreviewUnicode(value: string, entity: string): string {
  const v = value.length > 200 ? value.slice(0, 200) : value;
  if (SECRET.has(entity)) return '*'.repeat(Math.min(Math.max(v.length, 3), 12));
  if (entity === 'EMAIL_ADDRESS' && v.includes('@')) return maskEmail(v);
  // words keep their initial; anything with a digit (house numbers, "4B", postcodes) is masked whole
  if (WORDY.has(entity)) return v.replace(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu, (w) => (/\p{N}/u.test(w) ? '*'.repeat(Array.from(w).length) : maskWord(w)));
  const alnum = (v.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (alnum >= 8 && (DIGIT_HEAVY.test(v) || /\d{4}$/.test(v.replace(/[\s\-.]/g, '')))) return maskKeepingTail(v, 4);
  if (alnum >= 6) return maskKeepingTail(v, 2);
  return maskAll(v);
}


/** Enough stars for any preview (values are cut to 200 characters); slicing it beats repeat() per word. */
const STARS = '*'.repeat(200);

// Words (a letter or digit, then letters, digits and apostrophes) keep their initial unless they hold a digit.
// Built from slices of the value and of STARS: a few concatenations per word, not one per character.
function maskWordsAscii(v: string): string {
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < v.length) {
    if (!isAsciiAlnumCode(v.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    let digit = v.charCodeAt(i) <= 57;
    while (j < v.length && (isAsciiAlnumCode(v.charCodeAt(j)) || v.charCodeAt(j) === 39)) {
      if (v.charCodeAt(j) >= 48 && v.charCodeAt(j) <= 57) digit = true;
      j++;
    }
    out += v.slice(kept, digit ? i : i + 1) + STARS.slice(0, digit ? j - i : j - i - 1);
    kept = j;
    i = j;
  }
  return kept === 0 ? v : out + v.slice(kept);
}

function maskIdentifierAscii(v: string): string {
  let alnum = 0;
  for (let i = 0; i < v.length; i++) if (isAsciiAlnumCode(v.charCodeAt(i))) alnum++;
  let keep = 0;
  if (alnum >= 8 && (DIGIT_HEAVY.test(v) || /\d{4}$/.test(v.replace(/[\s\-.]/g, '')))) keep = 4;
  else if (alnum >= 6) keep = 2;
  // Letters and digits before the last `keep` of them become stars; separators stay.
  let toMask = alnum - keep;
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < v.length && toMask > 0) {
    if (!isAsciiAlnumCode(v.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < v.length && toMask > j - i && isAsciiAlnumCode(v.charCodeAt(j))) j++;
    out += v.slice(kept, i) + STARS.slice(0, j - i);
    toMask -= j - i;
    kept = j;
    i = j;
  }
  return out + v.slice(kept);
}
