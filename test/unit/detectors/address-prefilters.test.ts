// The place, date and health detectors' prefilters (one word-hash scan, char-code date/number shapes) must never
// hide a detection: whenever detect() finds something, quickCheck() lets the text through. Also: the char-code
// address tokenizer produces the tokens of the Unicode regex it replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_DETECTORS } from '../../../server/src/engine/detectors/registry';
import { NL, NUM, WORD, tokenize } from '../../../server/src/engine/detectors/address/tokens';
import { STREET_PREFIXES, STREET_SUFFIXES, STREET_ENDINGS, UNIT_RE } from '../../../server/src/engine/detectors/address/lexicon';
import { isTrailing, LOCALITY_PIECE, localityPiecesFor, mayStartUnit } from '../../../server/src/engine/detectors/address/scan';
import { W_ADDRESS, W_ADDRESS_CUE, W_CLINICAL, W_FACILITY, W_HEALTH, W_HOME, wordClasses } from '../../../server/src/engine/detectors/wordClasses';
import type { Detector } from '../../../server/src/engine/detectors/types';
import { DEFAULT_CONFIG } from '../../../server/src/engine/policy/config';
import { countDigits } from '../../../server/src/engine/detectors/util';
import { hasDateShape } from '../../../server/src/engine/detectors/dates';

const byId = (id: string) => ALL_DETECTORS.find((d) => d.id === id) as Detector;
const options = DEFAULT_CONFIG.detectorOptions;

/** The regex tokenizer the char-code one replaced (reference for the equivalence property). */
const TOKEN = /(\d{1,8}[A-Za-z]?(?![\p{L}\d]))|(\d[\d\p{L}]*)|([\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?)|(\n)|([^\s\p{L}\p{M}\d])/gu;
function referenceTokens(text: string) {
  const out: { kind: string; start: number; end: number; text: string }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = m[1] ? 'num' : m[2] ? (/^\d+(?:st|nd|rd|th)$/i.test(m[2]) ? 'word' : 'punct') : m[3] ? 'word' : m[4] ? 'nl' : 'punct';
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const kindName = (k: number) => (k === WORD ? 'word' : k === NUM ? 'num' : k === NL ? 'nl' : 'punct');

test('address tokens match the reference regex (letters, marks, digits, ordinals, surrogates, odd spaces)', () => {
  const piece = fc.constantFrom('a', 'Z', '1', '9', '.', '-', "'", '’', ' ', '\n', '\t', 'é', '\u0301', 'ß', 'λ', '😀', '\ud800', '\u00a0', '#', '2nd', '12a', '123456789', 'St.', 'Ave');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      const toks = tokenize(text, text.toLowerCase());
      const got = Array.from({ length: toks.count }, (_, i) => ({ kind: kindName(toks.kind[i]), start: toks.start[i], end: toks.end[i], text: toks.textOf(i) }));
      assert.deepEqual(got, referenceTokens(text));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('word classes: street words, cues with a number after them, facilities, home cues, clinical words, health terms', () => {
  const has = (text: string, cls: number) => (wordClasses(text.toLowerCase()) & cls) !== 0;
  assert.ok(has('send it to 87 Maple Grove Avenue', W_ADDRESS));
  assert.ok(has('Genterstrasse 49', W_ADDRESS));
  assert.ok(has('I live at 5 Rose Lane', W_ADDRESS_CUE));
  assert.ok(!has('I live at home', W_ADDRESS_CUE), 'no number after the cue');
  assert.ok(has('Szegedi u. 3', W_ADDRESS));
  assert.ok(!has('can u help me', W_ADDRESS), '"u" without its dot');
  assert.ok(has('ship to No. 5', W_ADDRESS) && !has('no thanks', W_ADDRESS));
  assert.ok(has('admitted to Calvert Memorial', W_FACILITY) && has('Bayview Med Center', W_FACILITY));
  assert.ok(has('My friend lives in Leipzig', W_HOME));
  assert.ok(has('PT TRANSFERRED TO GH', W_CLINICAL));
  assert.ok(has('my x-ray came back', W_HEALTH) && has("I have Alzheimer's", W_HEALTH) && has('I take the pill', W_HEALTH));
  assert.ok(!has('How do I top up my card?', W_ADDRESS | W_ADDRESS_CUE | W_FACILITY | W_HOME | W_CLINICAL | W_HEALTH));
});

// Fragments the property texts are built from: the detectors' own example texts cut into words, lexicon words,
// numbers, dates and the punctuation and line breaks addresses use.
const exampleWords = ALL_DETECTORS.filter((d) => ['street-address', 'location', 'health-disclosure', 'date-of-birth', 'postal-code', 'age-over-89'].includes(d.id))
  .flatMap((d) => [...d.truePositives, ...d.falsePositives])
  .flatMap((e) => e.text.split(/\s+/));
const fragment = fc.oneof(
  fc.constantFrom(...exampleWords),
  fc.constantFrom(...STREET_SUFFIXES, ...STREET_PREFIXES, ...STREET_ENDINGS.map((e) => 'Linden' + e)),
  fc.constantFrom('lives', 'at', 'in', 'to', 'is', 'sent', 'corner', 'of', 'address', 'transferred', 'Pt', 'hospital', 'Memorial', 'diagnosed', 'with', 'my', 'I', "I'm", 'on', 'metformin', 'DOB', 'born', 'March', 'sept.', '5th', 'zip', 'code', 'postcode', 'Apt', 'PSC', 'Box', 'APO', 'AE', 'aged', 'years', 'old', 'yo'),
  fc.integer({ min: 0, max: 130 }).map(String),
  fc.integer({ min: 1000, max: 99999 }).map(String),
  fc.constantFrom('4/12/1985', '7/22', '2024-03-15', '12/10/40', '8/87', '1.50', '5-10', 'SW1A 1AA', 'K1A 0B1', ',', '.', ':', '#', '\n'),
  fc.constantFrom('Maple', 'GROVE', 'Catonsville', 'GH', 'Holy', 'Cross'),
);
const text = fc.array(fragment, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

for (const id of ['street-address', 'location', 'health-disclosure', 'date-of-birth', 'postal-code', 'age-over-89']) {
  test(`${id}: the prefilter lets through every text detect() finds something in`, () => {
    const det = byId(id);
    fc.assert(
      fc.property(text, fc.boolean(), (t, upper) => {
        const s = upper ? t.toUpperCase() : t;
        const lower = s.toLowerCase();
        if (countDigits(s) < (det.minDigits ?? 0)) return;
        const found = det.detect(s, { role: 'utterance', lower, options });
        if (found.length > 0) assert.ok(det.quickCheck?.(lower, s) ?? true, `prefilter hides ${JSON.stringify(s)}`);
      }),
      { numRuns: 4000, seed: 11 },
    );
  });
}

test('address: the unit shortcut lets through every text the unit pattern matches', () => {
  const unit = fc.constantFrom('Apt', 'APT.', 'apartment', 'Suite', 'ſuite', 'STE', 'unit', 'Flat', 'fl.', 'Floor', 'room', 'Rm.', 'bldg', 'Building', '#', 'No.', 'box', 'P.O. Box', 'po box', 'Postbox', 'Ünit', 'Kase', 'P.O.Box', 'PO.Box', 'POBox', 'poſtbox', 'ſte.', 'p o box', 'Apt#', 'units', 'apt-', 'BLDG.');
  const rest = fc.constantFrom('', ' ', ' #', '#', '  ');
  fc.assert(
    fc.property(unit, rest, fc.integer({ min: 0, max: 9999999 }), fc.constantFrom('', 'A', 'b', ' x'), (u, sep, n, tail) => {
      const s = u + sep + n + tail;
      const toks = tokenize(s, s.toLowerCase());
      if (toks.count > 0 && toks.start[0] === 0 && UNIT_RE.test(s)) assert.ok(mayStartUnit(toks, 0), s);
      // the scanner tests the tokens joined by single spaces
      const joined = Array.from({ length: toks.count }, (_, k) => toks.textOf(k)).join(' ');
      if (toks.count > 0 && UNIT_RE.test(joined)) assert.ok(mayStartUnit(toks, 0), joined);
    }),
    { numRuns: 3000, seed: 13 },
  );
});

test('address: the locality-piece shortcut lets through every text a piece pattern matches', () => {
  const piece = fc.constantFrom('Apt. 4', 'ſuite 12', '# 5', 'no 7', 'Box 4', 'p.o. box 9', 'APO AE 09012', 'fpo ap 12345', 'K1A 0B1', 'SW1A 1AA', 'M5V 3L9', '840 24', '75534-030', '12345', 'PA 73161', 'ÉT 12345', 'NY, 10001', 'Springfield', 'Île-de-France', 'Ōsaka', 'São Paulo 01310', 'Łódź', 'λ', '😀', '(', '.', ' x');
  const tail = fc.constantFrom('', ',', '\n', '.', '. ', '?', ' and more', ' 12');
  fc.assert(
    fc.property(piece, tail, (p, t) => {
      const s = p + t;
      for (let k = 0; k < LOCALITY_PIECE.length; k++) {
        if (LOCALITY_PIECE[k].test(s)) assert.ok((localityPiecesFor(s.charCodeAt(0)) & (1 << k)) !== 0, `${k} ${s}`);
      }
    }),
    { numRuns: 2000, seed: 17 },
  );
  // every code unit a piece may start with: the patterns' first characters, tried one by one
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c) + (c >= 0xd800 && c <= 0xdbff ? '\udc00' : '') + 'A1 1AA 12345, x';
    for (let k = 0; k < LOCALITY_PIECE.length; k++) {
      if (LOCALITY_PIECE[k].test(s)) assert.ok((localityPiecesFor(c) & (1 << k)) !== 0, `${k} U+${c.toString(16)}`);
    }
  }
});

test('address: trailing characters trimmed by code are /[\\s,;:]/', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isTrailing(c), /[\s,;:]/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

/** The date prefilter before it became one pass (reference): each digit run looks for a month word around it. */
function referenceDateShape(lower: string): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isLetter = (c: number) => c >= 97 && c <= 122;
  const monthAt = (i: number) => i + 3 <= lower.length && !(i > 0 && isLetter(lower.charCodeAt(i - 1))) && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(lower.slice(i, i + 3));
  const numericAt = (start: number, end: number) => {
    const m = /^(\d+)([/.-])(\d+)(?:\2(\d))?/.exec(lower.slice(start));
    if (!m || m[1].length !== end - start) return false;
    const prev = lower.charCodeAt(start - 1);
    if (isLetter(prev) || prev === 47 || prev === 46 || (prev === 45 && !isLetter(lower.charCodeAt(start - 2)))) return false;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (!(m[1].length <= 2 || m[1].length === 4) || m[3].length > 2) return false;
    const day = (x: number, y: number) => x >= 1 && x <= 12 && y >= 1 && y <= 31;
    if (m[1].length === 4) return m[2] === '-' && m[4] !== undefined && a >= 1900 && a <= 2100;
    if (m[4] === undefined && m[2] !== '/') return false;
    return day(a, b) || day(b, a) || (m[4] === undefined && a >= 1 && a <= 12 && b > 31 && m[3].length === 2);
  };
  for (let i = 0; i < lower.length; i++) {
    if (!isDigit(lower.charCodeAt(i))) continue;
    const start = i;
    while (i < lower.length && isDigit(lower.charCodeAt(i))) i++;
    if (numericAt(start, i)) return true;
    if (i - start <= 2 && /^(?:st|nd|rd|th)(?![a-z])/.test(lower.slice(i))) return true;
    for (let j = Math.max(0, start - 12); j < start - 2; j++) if (monthAt(j)) return true;
    for (let j = i; j < Math.min(lower.length, i + 10); j++) if (monthAt(j)) return true;
  }
  return false;
}

test('dates: the one-pass date prefilter answers like the per-run reference', () => {
  const piece = fc.constantFrom('1', '12', '2024', '31', '7', '/', '-', '.', ' ', 'mar', 'march', 'sept.', 'may', 'dec', 'th', 'st', 'nd', 'x', 'ab', 'é', 'of ', 'the ', '\n', '12345', ',', 'jan5', 'smart', 'o');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const t = parts.join('');
      assert.equal(hasDateShape(t), referenceDateShape(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 19 },
  );
});
