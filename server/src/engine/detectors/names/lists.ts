// Lists of known names: "our founders: Morrison, Rogers and Torres", "they had 4: marta, joel, priya, ...".
// Three or more one-word items joined by commas and "and"/"&", a third of them distinctive given or family names,
// name people even where each word alone would be too weak (a lone capitalised family name, a lower-case given name).
import { NAME_FLAGS, WORD_FLAG } from './lexiconFlags';
import type { Token } from './tokens';
import type { NameHit } from './scan';
import { isAnd, isWhiteSpace, noWordFlags } from './tokenFacts';

export type ListCaseMode = 'mixed' | 'upper' | 'lower';

const MIN_ITEMS = 3;
const LIST_CONFIDENCE = 0.55;
// "in Victoria, Camden and Brent": places, not people; "The Hale, Ortega and Lindgren office": a firm.
const PLACE_OR_FIRM_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|into|around|from|to|of|between|visit|visiting|via|the)\s*$/u;
// "Hale, Ortega and Lindgren is a law firm": one entity; people are "were", "are", "have".
const SINGULAR_AFTER = /^\s*(?:is|was|has|'s|’s|llp|llc|inc|ltd)\b/;

/** 1 = distinctive name, 0 = possible name (an everyday-word name or an unknown word), -1 = not a list item. */
function itemQuality(t: Token, mode: ListCaseMode, everyday: boolean): number {
  const shapeOk = mode === 'mixed' ? t.shape === 'cap' : mode === 'lower' ? t.shape === 'lower' : t.shape === 'upper';
  if (!shapeOk || t.lower.length < 2 || t.possessive) return -1;
  const f = t.flags;
  if ((f & WORD_FLAG.closed) !== 0) return -1;
  if ((f & NAME_FLAGS) !== 0 && (f & (WORD_FLAG.common | WORD_FLAG.ambiguous | WORD_FLAG.nonName)) === 0) return 1;
  if ((f & WORD_FLAG.first) !== 0) return 0;
  // Unknown words count only where capitals mark names (in notes written in capitals they are drugs and dressings).
  return mode === 'mixed' && !everyday && noWordFlags(t) ? 0 : -1;
}

/** The gap before t is one comma with white space around it (/^\s*,\s*$/, read in place). */
function commaGap(t: Token): boolean {
  let commas = 0;
  for (let k = t.gapStart; k < t.start; k++) {
    const c = t.source.charCodeAt(k);
    if (c === 44) commas++;
    else if (!isWhiteSpace(c)) return false;
  }
  return commas === 1;
}

/** The gap before t is white space (/^\s+$/); with `spacesOnly`, spaces and tabs. */
function blankGap(t: Token, spacesOnly = false): boolean {
  if (t.gapStart === t.start) return false;
  for (let k = t.gapStart; k < t.start; k++) {
    const c = t.source.charCodeAt(k);
    if (spacesOnly ? c !== 32 && c !== 9 : !isWhiteSpace(c)) return false;
  }
  return true;
}

/**
 * Adds (or raises to LIST_CONFIDENCE) a hit for every item of each list of names. `everyday(t)` says whether a
 * token is an everyday word; hits must be sorted by start.
 */
export function addListNames(
  tokens: Token[], lower: string, mode: ListCaseMode, hits: NameHit[], everyday: (t: Token) => boolean, isOrgWord: (t: Token) => boolean,
): void {
  let added = false;
  let i = 0;
  while (i < tokens.length) {
    const firstQuality = itemQuality(tokens[i], mode, everyday(tokens[i]));
    if (firstQuality < 0) {
      i++;
      continue;
    }
    // Collect items: item (", " item | " and " item | ", and " item)*, counted here (most runs hold one item: no
    // array until a list qualifies)
    let count = 1;
    let strong = firstQuality === 1 ? 1 : 0;
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next) break;
      let k = -1;
      if (commaGap(next) && !isAnd(next)) k = j + 1;
      else if (isAnd(next) && (commaGap(next) || blankGap(next)) && tokens[j + 2] && blankGap(tokens[j + 2])) k = j + 2;
      if (k < 0) break;
      const quality = itemQuality(tokens[k], mode, everyday(tokens[k]));
      if (quality < 0) break;
      count++;
      if (quality === 1) strong++;
      j = k;
      if (isAnd(tokens[j - 1])) break; // "and" closes the list ("&" is no token)
    }
    const listEnd = tokens[j].end;
    const nextWord = tokens[j + 1];
    if (count >= MIN_ITEMS && strong * 3 >= count && !PLACE_OR_FIRM_BEFORE.test(lower.slice(Math.max(0, tokens[i].start - 20), tokens[i].start)) &&
      !SINGULAR_AFTER.test(lower.slice(listEnd, listEnd + 8)) && !(nextWord && blankGap(nextWord, true) && isOrgWord(nextWord)) &&
      !aloneOnLine(lower, tokens[i].start, listEnd)) {
      for (const k of listItems(tokens, i, j)) {
        const t = tokens[k];
        const hit = hits.find((h) => h.start < t.end && t.start < h.end);
        if (!hit) {
          hits.push({ start: t.start, end: t.end, confidence: LIST_CONFIDENCE, reason: 'in a list of names' });
          added = true;
        } else if (hit.confidence < LIST_CONFIDENCE) {
          hit.confidence = LIST_CONFIDENCE;
          hit.reason = hit.reason ? `${hit.reason}, in a list of names` : 'in a list of names';
        }
      }
    }
    i = j + 1;
  }
  if (added) hits.sort((a, b) => a.start - b.start);
}

/**
 * Token indexes of the items of the list tokens[i..j]: its words but the "and" joining the last two ("and" is a
 * closed word, never an item).
 */
function listItems(tokens: Token[], i: number, j: number): number[] {
  const items: number[] = [];
  for (let k = i; k <= j; k++) if (!isAnd(tokens[k])) items.push(k);
  return items;
}

/** A list on a line of its own is a letterhead or an address block ("Graham, Ochoa and Vasquez\nGrolmanstraße 25"). */
function aloneOnLine(lower: string, start: number, end: number): boolean {
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = lower.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = lower.length;
  return /^[\s>*-]*$/.test(lower.slice(lineStart, start)) && /^[\s.,]*$/.test(lower.slice(end, lineEnd));
}
