// Postal codes written on their own ("my zip code is 35649"). Codes inside a street address are part of the
// street-address finding; here a cue word is required, except for the distinctive UK and Canadian layouts.
import type { Detection } from '../types';
import { lastCueBefore } from './context';
import type { Detector } from './types';
import { hit, matches } from './util';

const CUES = ['zip', 'zip code', 'zipcode', 'postcode', 'post code', 'postal code', 'postal', 'plz', 'postleitzahl', 'code postal', 'cp', 'pin code', 'eircode'];
/** Every cue contains one of these. */
const CUE_SUBSTRING = /zip|post|plz|cp|pin code|eircode/;
/** CUE_SUBSTRING on an ASCII text itself (its lower case then differs in A-Z only). */
const CUE_SUBSTRING_ANY_CASE = new RegExp(CUE_SUBSTRING.source, 'i');
/** "SW1A 1AA", "K1A 0B1": a capital or digit, a space, a digit, a capital, then a capital or digit. */
const UK_OR_CA_SHAPE = /[A-Z\d] \d[A-Z][A-Z\d]/;
/** The part of UK_OR_CA_SHAPE after its first character: a pattern led by a literal space scans ~40% faster. */
const SHAPE_TAIL = / \d[A-Z][A-Z\d]/;
const CODE = /\b(?:\d{5}(?:-\d{4})?|\d{3} ?\d{2}|\d{4}(?: ?[A-Z]{2})?|\d{6}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/g;
const UK_OR_CA = /\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d)\b/g;

export const postalCodeDetector: Detector = {
  id: 'postal-code',
  entity: 'POSTAL_CODE',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 1,
  description: 'Postal codes given on their own after a cue ("zip code is 35649", "postcode SW1A 1AA"); UK and Canadian postcodes without a cue are info.',
  truePositives: [
    { text: 'My zip code is 60614', expect: ['60614'] },
    { text: 'postcode: SW1A 1AA', expect: ['SW1A 1AA'] },
    { text: 'we moved, new postal code K1A 0B1', expect: ['K1A 0B1'] },
  ],
  falsePositives: [{ text: 'what is a zip code used for' }, { text: 'I paid 60614 dollars' }, { text: 'the zip file has 3 parts' }],
  // a cue word, or the UK/Canadian layout (a letter or digit, a space, then digit + two letters or digit-letter-digit)
  quickCheck: (lower, text) => CUE_SUBSTRING.test(lower) || (SHAPE_TAIL.test(text) && UK_OR_CA_SHAPE.test(text)),
  // (from the runner's words, an ASCII text: no lower case needed)
  quickCheckWords: (_words, text) => CUE_SUBSTRING_ANY_CASE.test(text) || (SHAPE_TAIL.test(text) && UK_OR_CA_SHAPE.test(text)),
  detect(text, ctx) {
    const out: Detection[] = [];
    const seen = new Set<number>();
    for (const m of matches(CODE, text)) {
      const cueEnd = lastCueBefore(ctx.lower, m.index, CUES, 25);
      if (cueEnd < 0) continue;
      // only a few filler words between the cue and the code ("zip code is", "postcode:")
      if (!/^[\s:#-]*(?:(?:is|was|=|of|number|no\.?|my|the|new)[\s:#-]*){0,3}$/.test(ctx.lower.slice(cueEnd, m.index))) continue;
      seen.add(m.index);
      const test = /^(?:00000|12345|99999)(?:-0000)?$/.test(m[0]);
      out.push(hit(postalCodeDetector, m.index, m.index + m[0].length, 0.85, test ? 'placeholder postal code' : 'after a postal-code cue', { testValue: test }));
    }
    for (const m of matches(UK_OR_CA, text)) {
      if (seen.has(m.index)) continue;
      out.push(hit(postalCodeDetector, m.index, m.index + m[0].length, 0.6, 'UK/Canadian postcode layout', { severity: 'info' }));
    }
    return out;
  },
};

