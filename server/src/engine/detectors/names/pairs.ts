// Two names joined by "and" as the subject of a verb about people: "Brandt and Okafor were partners in a studio",
// "lindqvist and smith have known each other". Each word alone is too weak (a lone family name, a lower-case word);
// two of them acting together as people are names.
import type { NameHit } from './hit';
import { NAME_FLAGS, WORD_FLAG } from './lexiconFlags';
import type { Token } from './tokens';
import { everyday, has, isAnd, noWordFlags, spaceGap, surnameShaped, type CaseMode } from './tokenFacts';

const PAIR_CONFIDENCE = 0.6;
// Verbs whose subject is people, right after the pair ("were", "have both", "met", "founded").
const PEOPLE_VERB = /^[ \t]+(?:were|are|have|had|both|each|together|became|met|married|founded|started|wrote|lived|live|worked|work|went|grew|played|sang|said|told)\b/;
// "in Berlin and Vienna were ...", "at Ernst and Young": places and firms.
const PLACE_OR_FIRM_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|into|around|from|to|of|between|visit|visiting|via|the)\s*$/u;
const BOTH_BEFORE = /(?:^|[^\p{L}])both\s+$/u;

/** 2 = a distinctive name word, 1 = a possible one (an everyday-word name, an unknown word), 0 = not an item. */
function pairItem(t: Token, mode: CaseMode): number {
  const shapeOk = mode === 'mixed' ? t.shape === 'cap' : mode === 'lower' ? t.shape === 'lower' : t.shape === 'upper';
  if (!shapeOk || t.lower.length < 2 || t.possessive) return 0;
  if (has(t, WORD_FLAG.closed) || has(t, WORD_FLAG.nonName)) return 0;
  const name = (t.flags & NAME_FLAGS) !== 0;
  if (name && !everyday(t) && !has(t, WORD_FLAG.ambiguous)) return 2;
  if (!name && !everyday(t) && surnameShaped(t)) return 2;
  if (name) return 1;
  // an unknown word: in mixed-case text a capitalised one may be a foreign family name ("Sjöberg", "Torpy")
  return !everyday(t) && (mode === 'mixed' || noWordFlags(t)) ? 1 : 0;
}

/** Adds (or raises to PAIR_CONFIDENCE) hits for both words of each pair of names. Hits must be sorted by start. */
export function addNamePairs(tokens: Token[], lower: string, mode: CaseMode, hits: NameHit[]): void {
  // (no word "and": no pair; checked first, as a search of the whole text costs more)
  if (!tokens.some(isAnd) || (lower.indexOf(' and ') < 0 && lower.indexOf(' & ') < 0)) return;
  let added = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const conj = tokens[i + 1];
    if (!isAnd(conj)) continue; // ("&" is no token: tokens are words of letters)
    const a = tokens[i];
    const b = tokens[i + 2];
    if (!spaceGap(conj) || !spaceGap(b) || !PEOPLE_VERB.test(lower.slice(b.end, b.end + 16))) continue;
    const qa = pairItem(a, mode);
    const qb = pairItem(b, mode);
    // both possible names, at least one distinctive ("Both Suzette and Hank are" needs neither)
    if (qa === 0 || qb === 0 || (qa + qb < 3 && !BOTH_BEFORE.test(lower.slice(Math.max(0, a.start - 6), a.start)))) continue;
    if (PLACE_OR_FIRM_BEFORE.test(lower.slice(Math.max(0, a.start - 12), a.start))) continue;
    for (const t of [a, b]) {
      const hit = hits.find((h) => h.start < t.end && t.start < h.end);
      if (!hit) {
        hits.push({ start: t.start, end: t.end, confidence: PAIR_CONFIDENCE, reason: 'two names as the subject of a verb' });
        added = true;
      } else if (hit.confidence < PAIR_CONFIDENCE) {
        hit.confidence = PAIR_CONFIDENCE;
        hit.reason = hit.reason ? `${hit.reason}, one of two names` : 'two names as the subject of a verb';
      }
    }
    i += 2;
  }
  if (added) hits.sort((x, y) => x.start - y.start);
}
