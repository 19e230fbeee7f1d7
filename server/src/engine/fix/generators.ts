// One generator per entity type: given the original value and a seeded source, return a realistic fake of the
// same kind and shape. Identifiers come from reserved/test ranges or fail their checksum on purpose, so a fake
// can never be somebody's real number.
import { placeholderFor } from './placeholder';
import {
  breakLuhn, countDigits, digitSeparator, fillDigits, group, matchCase, randomDigits, randomLike, type Rng,
} from './shape';
import {
  DEFAULT_TEST_CARD, EXAMPLE_DOMAINS, FICTIONAL_EXCHANGE, FICTIONAL_LINE_PREFIX, IPV6_DOC_PREFIX, SAMPLE_IBANS,
  SSN_ADVERTISING_PREFIX, TEST_CARDS, TEST_NET_V4,
} from './testValues';

/** What generators need from the fake-data library (a seeded faker instance implements it). */
export interface FakeSource extends Rng {
  firstName(): string;
  lastName(): string;
  streetAddress(): string;
  city(): string;
  stateAbbr(): string;
  username(): string;
  password(length: number): string;
  word(): string;
}

type Generator = (value: string, f: FakeSource) => string;

const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|fr|sr|jr|ii|iii|iv)\.?$/i;

function asciiName(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z]/g, '');
}

function person(value: string, f: FakeSource): string {
  const parts = value.split(/(\s+)/);
  const nameIdx = parts.map((p, i) => (p.trim() && !TITLES.test(p) && !/^\p{L}\.?$/u.test(p) ? i : -1)).filter((i) => i >= 0);
  const hasTitle = parts.some((p) => TITLES.test(p));
  return parts
    .map((p, i) => {
      if (!p.trim() || TITLES.test(p)) return p;
      if (/^\p{L}\.?$/u.test(p)) return String.fromCharCode(65 + f.int(0, 25)) + (p.endsWith('.') ? '.' : '');
      const pos = nameIdx.indexOf(i);
      const isLast = pos === nameIdx.length - 1 && (nameIdx.length > 1 || hasTitle);
      const fake = p.includes('-')
        ? p.split('-').map(() => f.lastName()).join('-')
        : isLast ? f.lastName() : f.firstName();
      const trail = /[^\p{L}]+$/u.exec(p)?.[0] ?? '';
      return matchCase(p, fake) + (trail && !fake.endsWith(trail) ? trail : '');
    })
    .join('');
}

function email(value: string, f: FakeSource): string {
  const local = value.split('@')[0] ?? '';
  const digits = /\d/.test(local) ? String(f.int(1, 99)) : '';
  const sep = local.includes('_') ? '_' : '.';
  const fake = `${asciiName(f.firstName())}${sep}${asciiName(f.lastName())}${digits}@${f.pick(EXAMPLE_DOMAINS)}`.toLowerCase();
  return /^[^a-z]*$/.test(value) && /[A-Z]/.test(value) ? fake.toUpperCase() : fake;
}

function phone(value: string, f: FakeSource): string {
  const n = countDigits(value);
  if (n < 7) return fillDigits(value, randomDigits(f, n));
  const line = FICTIONAL_EXCHANGE + FICTIONAL_LINE_PREFIX + randomDigits(f, 2);
  const digits = value.replace(/\D/g, '');
  const lead = n - 7;
  // Keep a country code (digits beyond a 10-digit national number), invent the area code.
  const keep = Math.max(0, lead - 3);
  const area = lead > 0 ? String(f.int(2, 9)) + randomDigits(f, Math.min(lead, 3) - 1) : '';
  return fillDigits(value, digits.slice(0, keep) + area + line);
}

function card(value: string, f: FakeSource): string {
  const digits = value.replace(/\D/g, '');
  const byLength = TEST_CARDS[digits.length];
  const pool = byLength?.[digits[0]] ?? (byLength ? Object.values(byLength)[0] : undefined);
  const fake = pool ? f.pick(pool) : DEFAULT_TEST_CARD;
  if (fake.length === digits.length) return fillDigits(value, fake);
  return group(fake, 4, digitSeparator(value));
}

function iban(value: string, f: FakeSource): string {
  const compact = value.replace(/\s+/g, '');
  const country = compact.slice(0, 2).toUpperCase();
  const sample = SAMPLE_IBANS[country] ?? f.pick(Object.values(SAMPLE_IBANS));
  const grouped = /\s/.test(value) ? sample.replace(/(.{4})(?=.)/g, '$1 ') : sample;
  return compact === compact.toLowerCase() ? grouped.toLowerCase() : grouped;
}

function ssn(value: string, f: FakeSource): string {
  if (countDigits(value) !== 9) return randomLike(f, value);
  return fillDigits(value, SSN_ADVERTISING_PREFIX + String(f.int(0, 9)));
}

function ip(value: string, f: FakeSource): string {
  if (value.includes(':')) {
    const hex = () => f.int(1, 0xffff).toString(16);
    const fake = `${IPV6_DOC_PREFIX}::${hex()}:${hex()}`;
    return value === value.toUpperCase() ? fake.toUpperCase() : fake;
  }
  return `${f.pick(TEST_NET_V4)}.${f.int(1, 254)}`;
}

function mac(value: string, f: FakeSource): string {
  const bytes = Array.from({ length: 6 }, () => f.int(0, 255));
  bytes[0] = (bytes[0] & 0xfc) | 0x02; // locally administered, unicast: never a manufacturer-assigned address
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  let fake: string;
  if (/^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(value)) fake = hex.replace(/(.{4})(?=.)/g, '$1.');
  else {
    const sep = /[:-]/.exec(value)?.[0] ?? '';
    fake = hex.replace(/(.{2})(?=.)/g, `$1${sep}`);
  }
  return /[A-F]/.test(value) ? fake.toUpperCase() : fake;
}

function url(value: string, f: FakeSource): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(value);
  const scheme = m?.[1] ?? '';
  const path = (m?.[3] ?? '').split('/').filter(Boolean).map(() => f.word().toLowerCase());
  const host = (m?.[2] ?? '').startsWith('www.') ? `www.${f.pick(EXAMPLE_DOMAINS)}` : f.pick(EXAMPLE_DOMAINS);
  const query = m?.[4] ? `?id=${randomDigits(f, 6)}` : '';
  return `${scheme}${host}${path.length ? '/' + path.join('/') : m?.[3] ? '/' : ''}${query}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Dates keep their format: month names stay names (full or short), years stay 4 digits, days/months stay 1..12. */
function dateLike(yearFrom: number, yearTo: number): Generator {
  return (value, f) =>
    value.replace(/\p{L}{3,}|\d+(st|nd|rd|th)?/giu, (tok) => {
      if (/^\p{L}/u.test(tok)) {
        const idx = MONTHS.findIndex((m) => m.toLowerCase().startsWith(tok.toLowerCase().slice(0, 3)));
        if (idx < 0) return tok;
        const pick = MONTHS[f.int(0, 11)];
        return matchCase(tok, tok.length <= 4 && tok.length < MONTHS[idx].length ? pick.slice(0, tok.length) : pick);
      }
      const digits = tok.replace(/\D/g, '');
      if (digits.length === 4) return String(f.int(yearFrom, yearTo));
      const n = f.int(1, 12);
      const suffix = tok.length > digits.length ? (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th') : '';
      return (digits.length === 2 ? String(n).padStart(2, '0') : String(n)) + suffix;
    });
}

function age(value: string, f: FakeSource): string {
  return value.replace(/\d+/, () => String(f.int(25, 75)));
}

function address(value: string, f: FakeSource): string {
  const parts = value.split(',');
  const fakes = [f.streetAddress(), ` ${f.city()}`, ` ${f.stateAbbr()} ${randomDigits(f, 5)}`, ' United States'];
  return matchCase(value, parts.map((_, i) => fakes[i] ?? ` ${f.city()}`).join(','));
}

function apiKey(value: string, f: FakeSource): string {
  const prefix = /^[A-Za-z]{2,8}[_-](?:(?:live|test)[_-])?/.exec(value)?.[0] ?? '';
  return prefix + randomLike(f, value.slice(prefix.length));
}

/** Luhn-checked ids (SIN, IMEI, NPI with the 80840 prefix) get random digits that fail the check. */
function luhnInvalid(prefix = ''): Generator {
  return (value, f) => breakLuhn(randomLike(f, value), prefix);
}

function aba(value: string, f: FakeSource): string {
  const v = randomLike(f, value);
  const d = v.replace(/\D/g, '');
  if (d.length !== 9) return v;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = w.reduce((s, x, i) => s + x * Number(d[i]), 0);
  // The last digit has weight 1: bumping it moves the checksum off zero.
  return sum % 10 === 0 ? v.replace(/\d(?=\D*$)/, (c) => String((Number(c) + 1) % 10)) : v;
}

const VIN_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGH'].map((c, i) => [c, i + 1]).concat([...'JKLMN'].map((c, i) => [c, i + 1]), [['P', 7], ['R', 9]], [...'STUVWXYZ'].map((c, i) => [c, i + 2])),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VINs keep their shape but carry a wrong check digit (position 9). */
function vin(value: string, f: FakeSource): string {
  const v = randomLike(f, value.toUpperCase(), { upper: VIN_LETTERS });
  if (v.length !== 17) return v;
  const sum = [...v].reduce((s, c, i) => s + (/\d/.test(c) ? Number(c) : VIN_VALUES[c] ?? 0) * VIN_WEIGHTS[i], 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  const wrong = check === '0' ? '1' : '0';
  return v.slice(0, 8) + (v[8] === check ? wrong : v[8]) + v.slice(9);
}

/** NHS numbers keep their shape but fail the mod-11 check. */
function nhs(value: string, f: FakeSource): string {
  const v = randomLike(f, value);
  const d = v.replace(/\D/g, '');
  if (d.length !== 10) return v;
  const sum = [...d.slice(0, 9)].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === Number(d[9]) ? v.replace(/\d(?=\D*$)/, (c) => String((Number(c) + 1) % 10)) : v;
}

/** HMRC never issues the QQ prefix; it is the documented example prefix. */
function nino(value: string, f: FakeSource): string {
  const compact = value.replace(/\s/g, '');
  if (compact.length < 8) return randomLike(f, value);
  let i = 0;
  const fake = 'QQ' + randomDigits(f, 6) + 'ABCD'[f.int(0, 3)];
  return value.replace(/\S/g, () => fake[i++] ?? '');
}

function password(value: string, f: FakeSource): string {
  return f.password(Math.max(8, value.length));
}

function username(value: string, f: FakeSource): string {
  return matchCase(value, f.username());
}

const generic: Generator = (value, f) => randomLike(f, value);
const asPlaceholder =
  (entity: string): Generator =>
  () =>
    placeholderFor(entity);

const GENERATORS: Record<string, Generator> = {
  PERSON: person,
  EMAIL_ADDRESS: email,
  PHONE_NUMBER: phone,
  STREET_ADDRESS: address,
  LOCATION: (v, f) => matchCase(v, f.city()),
  POSTAL_CODE: generic,
  DATE_OF_BIRTH: dateLike(1950, 2000),
  DATE: dateLike(2001, 2019),
  CARD_EXPIRY: dateLike(2030, 2035),
  AGE: age,
  US_SSN: ssn,
  CREDIT_CARD: card,
  IBAN_CODE: iban,
  IP_ADDRESS: ip,
  MAC_ADDRESS: mac,
  URL: url,
  USERNAME: username,
  PASSWORD: password,
  API_KEY: apiKey,
  VIN: vin,
  CA_SIN: luhnInvalid(),
  DEVICE_ID: luhnInvalid(),
  US_NPI: luhnInvalid('80840'),
  ABA_ROUTING: aba,
  UK_NHS: nhs,
  UK_NINO: nino,
  // Health information cannot be replaced by other health information without staying PHI.
  HEALTH_TERM: asPlaceholder('HEALTH_TERM'),
  HEALTH_DISCLOSURE: asPlaceholder('HEALTH_DISCLOSURE'),
  ICD10_CODE: asPlaceholder('ICD10_CODE'),
  UNPROTECTED_VARIABLE: asPlaceholder('UNPROTECTED_VARIABLE'),
};

export function generatorFor(entity: string): Generator {
  return GENERATORS[entity] ?? generic;
}
