// Finds person-name spans: candidate runs of name-shaped tokens, scored by cues, titles, dictionaries,
// capitalisation and position. Pure and synchronous; dictionaries come from ./lexicon (built on first use).
import { cueAfterAt, cueBeforeAt, GREETING_CUE, type Cue } from './cues';
import { nameLexicon, WORD_FLAG, type NameLexicon } from './lexicon';
import { tokenize, type Token } from './tokens';
import { tokensFromWords } from './wordTokens';
import { addListNames } from './lists';
import { addNamePairs } from './pairs';
import type { NameHit } from './hit';
import type { TextWords } from '../types';
import { lastLineSignature, signatures } from './signatures';
import { dialogueSpeakers } from './dialogue';
import { gluedRelationNames } from './glued';
import { collectAfterCue, collectCapRun, isRunStart, plausibleName, titleIntroducesName } from './runs';
import { RELATION_REASON, scoreRun } from './score';
import {
  caseMode, endsWithDot, everyday, has, isAnd, isClosed, isHonorific, isOrgOrPlaceFollower, isTitle, noWordFlags, spaceGap, tokenFlags,
} from './tokenFacts';

export type { NameHit } from './hit';

/**
 * Person-name hits in `text` (`lower` is its lower case). `words`: the runner's one-pass words of an ASCII text
 * (DetectContext.words), read only during this call.
 */
export function findNames(text: string, lower: string, words?: TextWords): NameHit[] {
  const lex = nameLexicon();
  const tokens = words !== undefined ? tokensFromWords(text, lower, words, lex) : flaggedTokens(text, lower, lex);
  if (tokens.length === 0) return [];
  const mode = caseMode(tokens);
  const hits: NameHit[] = signatures(text, lex, words);
  const speakers = dialogueSpeakers(text, tokens, mode, lower);
  for (let k = 0; k < speakers.length; k++) {
    const h = speakers[k];
    if (!hits.some((x) => x.start < h.end && h.start < x.end)) hits.push(h);
  }
  if (lower.indexOf('-') >= 0) hits.push(...gluedRelationNames(tokens, lex, mode));
  const signed = lastLineSignature(text, lex, lower, words);
  if (signed && !hits.some((x) => x.start < signed.end && signed.start < x.end)) hits.push(signed);
  // Hits found before the walk (signatures, speakers, glued names) cover their words; the walk's own hits end before
  // the token it moves on to, so only those are checked.
  const found = hits.length;
  let i = 0;
  while (i < tokens.length) {
    if (found > 0 && overlapsAny(hits, found, tokens[i].start, tokens[i].end)) {
      i++;
      continue;
    }
    const t = tokens[i];
    // A title ("Dr.", "MRS", "mr") introduces the name that follows it.
    const next = tokens[i + 1];
    if (isTitle(t) && next && (spaceGap(next) || (next.gapStart === next.start && endsWithDot(t))) &&
      titleIntroducesName(t, next, lex, mode)) {
      const end = collectAfterCue(tokens, i + 1, lex, mode, true);
      if (end > i + 1) {
        const hit = scoreRun(text, lower, tokens, i + 1, end, lex, mode, { strength: 'strong', reason: 'after a title' });
        // "Mr. Ford", "Dr. Ansel Vorhaus": an honorific is part of how the person is named (and tells their gender);
        // the span covers it (the fix keeps titles when it writes a replacement).
        if (hit && isHonorific(t) && hit.start === tokens[i + 1].start) hit.start = t.start;
        if (hit) hits.push(hit);
        i = end;
        // "Drs Joseph and Robbinson", "Dr. Vasquez, Dr. Rizzo": a second name joined to the first.
        const conj = tokens[i];
        const second = tokens[i + 1];
        if (hit && conj && isAnd(conj) && second && spaceGap(second) && titleIntroducesName(t, second, lex, mode) &&
          (has(second, WORD_FLAG.first) || has(second, WORD_FLAG.last) || (mode === 'mixed' && second.shape === 'cap' && !everyday(second)))) {
          const end2 = collectAfterCue(tokens, i + 1, lex, mode, true);
          const hit2 = end2 > i + 1 ? scoreRun(text, lower, tokens, i + 1, end2, lex, mode, { strength: 'strong', reason: 'after a title' }) : undefined;
          if (hit2) hits.push(hit2);
          if (end2 > i + 1) i = end2;
        }
        continue;
      }
    }
    let end = -1;
    let cue: Cue | undefined;
    if (isRunStart(tokens, i, mode)) {
      end = collectCapRun(tokens, i, lex);
    }
    if (end < 0 && !isClosed(t) && !has(t, WORD_FLAG.nonName) && t.lower.length > 1 && plausibleName(tokens, i, lex)) {
      // Lower-case or all-caps names are taken only after a cue, or as a dictionary first name.
      cue = cueBeforeAt(lower, t.start);
      const knownName = has(t, WORD_FLAG.first) || has(t, WORD_FLAG.last);
      const nextTok = tokens[i + 1];
      const relation = cue?.reason === RELATION_REASON && t.lower.length > 2 && (!everyday(t) ||
        // "HUSBAND RICH MARTINO": an everyday word that is a given name here, followed by a family name.
        (!!nextTok && spaceGap(nextTok) && has(nextTok, WORD_FLAG.last) && !everyday(nextTok)));
      if (t.shape === 'lower' && (t.lower.length < 2 || cue === GREETING_CUE)) cue = undefined;
      if (cue && (cue.strength === 'strong' || (cue.strength === 'medium' && (knownName || relation || (mode === 'mixed' && t.shape !== 'lower')))))
        end = collectAfterCue(tokens, i, lex, mode, false);
      // (in mixed-case text too, a given name written in lower case: "will consult with patty hoeller")
      else if ((mode !== 'mixed' || t.shape === 'lower') && t.lower.length > 2) {
        if (has(t, WORD_FLAG.first) && !has(t, WORD_FLAG.ambiguous) && !everyday(t)) {
          // Without a cue, a caseless name needs a family name after the given name ("joshua pemberworth"), or a weak
          // cue around it in capitals ("PER DAVID,", "DAVID IS SPEAKING").
          const after = tokens[i + 1];
          if (mode === 'upper' && (cue || cueAfterAt(lower, t.end))) end = i + 1;
          // "alba is very reliable", "george called early this am": a lower-case given name before a personal verb
          else if (t.shape === 'lower' && cueAfterAt(lower, t.end)?.strength === 'medium') end = i + 1;
          else
          if (after && spaceGap(after) && after.lower.length > 2 && !everyday(after) && !isClosed(after) && !has(after, WORD_FLAG.nonName) && (has(after, WORD_FLAG.last) || !has(after, WORD_FLAG.first) || mode === 'upper') &&
            (mode !== 'mixed' || (after.shape === 'lower' && (has(after, WORD_FLAG.last) || (noWordFlags(after) && after.lower.length > 3)))))
            end = collectAfterCue(tokens, i, lex, mode, false);
        }
        // "BEA TURA AWARE", "PER KAVALIUNAS NP": in notes written in capitals, one or two words of no dictionary
        // (or family names) right before a personal verb.
        if (end < 0 && mode === 'upper') end = beforePersonalVerb(tokens, i, lower);
      }
    }
    // "W. MAROTTA", "q. lander": an initial with a dot before a non-word in caseless text.
    if (end < 0 && mode !== 'mixed' && t.shape !== 'lower' && t.end - t.start === 2 && endsWithDot(t) && tokens[i + 1] && (t.start === 0 || /[\s(]/.test(text[t.start - 1])) &&
      spaceGap(tokens[i + 1]) && tokens[i + 1].lower.length > 2 && !everyday(tokens[i + 1]) && !isClosed(tokens[i + 1]) && !has(tokens[i + 1], WORD_FLAG.nonName)) {
      end = collectAfterCue(tokens, i, lex, mode, false);
      cue = { strength: 'medium', reason: 'initial and family name' };
    }
    if (end > i) {
      const hit = scoreRun(text, lower, tokens, i, end, lex, mode, cue);
      if (hit) hits.push(hit);
      i = end;
    } else {
      i++;
    }
  }
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start);
  boostLists(text, hits);
  addNamePairs(tokens, lower, mode, hits);
  addListNames(tokens, lower, mode, hits, everyday, isOrgOrPlaceFollower);
  return hits.filter((h) => h.confidence >= 0.3);
}

/** The tokens of any text (the tokenizer's), with their flags. */
function flaggedTokens(text: string, lower: string, lex: NameLexicon): Token[] {
  const tokens = tokenize(text, lower);
  for (let k = 0; k < tokens.length; k++) tokens[k].flags = tokenFlags(lex, tokens[k].lower);
  return tokens;
}

/** Whether [start, end) overlaps one of hits[0, count). */
function overlapsAny(hits: NameHit[], count: number, start: number, end: number): boolean {
  for (let k = 0; k < count; k++) if (start < hits[k].end && hits[k].start < end) return true;
  return false;
}

// "Morrison, Rogers and Torres", "Brandt and Okafor were": capitalised words joined in a list support each other.
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$/;

function boostLists(text: string, hits: NameHit[]): void {
  let i = 0;
  while (i < hits.length) {
    let j = i;
    while (j + 1 < hits.length && LIST_JOIN.test(text.slice(hits[j].end, hits[j + 1].start))) j++;
    if (j > i) {
      const group = hits.slice(i, j + 1);
      // Lists of family names alone are firm names ("Lopez, Santos and Coleman"); lists of given names are people.
      const support = group.filter((h) => h.confidence >= 0.45 && h.given).length;
      if (support * 2 >= group.length && group.length >= 2) {
        for (const h of group) {
          if (h.confidence < 0.55) {
            h.confidence = 0.55;
            h.reason = h.reason ? `${h.reason}, in a list of names` : 'in a list of names';
          }
        }
      }
    }
    i = j + 1;
  }
}

/** A word of no dictionary, or a family name, that can be part of a name in text written in capitals. */
function strangeWord(t: { lower: string; shape: string; flags: number }): boolean {
  if (t.shape !== 'upper' || t.lower.length < 3 || !/[aeiouy]/.test(t.lower)) return false;
  return noWordFlags(t as never) || (has(t as never, WORD_FLAG.last) && !everyday(t as never) && !has(t as never, WORD_FLAG.nonName));
}

/** End (exclusive) of one or two strange words at i followed by a medium cue such as "aware"; -1 when none. */
function beforePersonalVerb(tokens: ReturnType<typeof tokenize>, i: number, lower: string): number {
  const t = tokens[i];
  if (!strangeWord(t)) return -1;
  const u = tokens[i + 1];
  const last = u && spaceGap(u) && strangeWord(u) ? u : t;
  // one short word alone is more often an abbreviation ("CMO AWARE") than a name, unless a title or role stands
  // before it ("NP JEN AWARE")
  if (last === t && t.lower.length < 4 && !(i > 0 && isTitle(tokens[i - 1]) && spaceGap(t))) return -1;
  const cue = cueAfterAt(lower, last.end);
  if (cue?.strength !== 'medium') return -1;
  return last === t ? i + 1 : i + 2;
}
