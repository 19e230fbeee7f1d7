// Scores one candidate run of tokens as a person name: cues before and after, dictionaries, capitalisation,
// position, and the signs of an organisation, a place or an address block that rule a name out.
import { atEnd } from './atEnd';
import { cueAfterAt, cueBeforeAt, WORK_REASON, type Cue } from './cues';
import type { NameHit } from './hit';
import { WORD_FLAG, type NameLexicon } from './lexicon';
import type { Token } from './tokens';
import {
  capitalised, endsWithDot, everyday, has, isAmb, isClosed, isFirst, isLast, isOrgOrPlaceFollower, isParticle, isPlaceFirstWord, isPlaceLastWord,
  onlyChars, spaceGap, surnameShaped, unknown, type CaseMode,
} from './tokenFacts';
import {
  BEFORE_ARTICLE, BEFORE_NAMING, BEFORE_PLACE_PREP, commaBefore, digitAfter, digitBefore, lineEndAfter, lineStartBefore, lineStartWithin, mayStartWith, nonAsciiIn, wordBeforeKind,
} from './nearText';

const PLACE_NAMING = atEnd(/(?:restaurant|place|cafe|café|bar|pub|shop|store|company|firm|hotel|area|neighbou?rhood|street|road|town|city|village|film|movie|book|song|album|show|band|app|game|dish|brand|product|team|club|school|hospital|website|site|channel|group|business|shop)s? (?:called|named)\s*$/u);
// "Springfield, IL": a state code after a city. In text written in capitals (", HE HAS") it must end the line or
// precede a postcode.
const STATE_CODE_AFTER = /^[ \t]*(?:\n[ \t]*)?,[ \t]*\p{Lu}{2}\b/u;
const STATE_CODE_AFTER_CAPS = /^[ \t]*(?:\n[ \t]*)?,[ \t]*\p{Lu}{2}(?:[ \t]*(?:\n|$)|[ \t]+\d)/u;
export const RELATION_REASON = 'after a relation or role word';
// (a place-naming phrase ends in "called" or "named": the pattern runs only after one of them; articles and place
// prepositions before a candidate are read in place: nearText.ts wordBeforeKind)

export function scoreRun(
  text: string,
  lower: string,
  tokens: Token[],
  i: number,
  end: number,
  lex: NameLexicon,
  mode: CaseMode,
  cueHint: Cue | undefined,
): NameHit | undefined {
  const runStart = tokens[i].start;
  // Trim leading words that are ordinary capitalised words ("Hello", "Thanks", "Please") and trailing ones.
  const titled = cueHint?.reason === 'after a title';
  while (i < end && tokens[i].shape !== 'initial' && (isClosed(tokens[i]) || (has(tokens[i], WORD_FLAG.nonName) && !titled) ||
    (everyday(tokens[i]) && !has(tokens[i], WORD_FLAG.first) && end - i > 1 && !cueHint))) i++;
  while (i < end - 1 && mode === 'mixed' && tokens[i].shape === 'upper' && !has(tokens[i], WORD_FLAG.first) && !has(tokens[i], WORD_FLAG.last)) i++;
  while (end > i && (tokens[end - 1].shape === 'initial' || isParticle(tokens[end - 1]) || isClosed(tokens[end - 1]) ||
    (has(tokens[end - 1], WORD_FLAG.nonName) && !titled))) end--;
  if (end <= i) return undefined;
  const first = tokens[i];
  const lastTok = tokens[end - 1];
  // The core words (no initials, no particles), read once: how many, the first and last, and what all or any of
  // them are (no array per run).
  let n = 0;
  let f: Token | undefined;
  let l: Token | undefined;
  let allUpper = true;
  let allCap = true;
  let allAmb = true;
  let allAmbNotLast = true;
  let anyOrgFollower = false;
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (t.shape === 'initial' || isParticle(t)) continue;
    n++;
    f ??= t;
    l = t;
    if (t.shape !== 'upper') allUpper = false;
    if (!capitalised(t)) allCap = false;
    const amb = isAmb(t);
    if (!amb) allAmb = false;
    if (!amb || isLast(t)) allAmbNotLast = false;
    if (isOrgOrPlaceFollower(t)) anyOrgFollower = true;
  }
  if (f === undefined || l === undefined) return undefined;
  // An all-caps word in mixed-case text is an acronym ("MI", "ASA") unless a title or strong cue says otherwise.
  if (mode === 'mixed' && allUpper && cueHint?.strength !== 'strong') {
    const b = cueBeforeAt(lower, tokens[i].start);
    const a = cueAfterAt(lower, tokens[end - 1].end);
    if (b?.strength !== 'strong' && a?.strength !== 'strong') return undefined;
  }
  const start = first.start;
  const stop = lastTok.end;

  const before = cueHint ?? cueBeforeAt(lower, start);
  let after = cueAfterAt(lower, stop);
  // "Danielle: What a wife.", "Heather:\"I'm ...\"" — a speaker label at the start of a line: a given name, even an
  // everyday-word one (unknown words there are mostly section headers of notes: "Soc:", "Integ:").
  // (quotes may come escaped, as in text copied out of JSON: 'Heather:\\"I\'m')
  if (!after && stop < text.length && text.charCodeAt(stop) === 58 && lineStartWithin(text, start, 4) && /^:[ \t]*\\?["“]?\p{L}/u.test(text.slice(stop, stop + 5)) && n <= 3 &&
    (n > 1 || (has(f, WORD_FLAG.first) && !isClosed(f))))
    after = { strength: 'medium', reason: 'speaker label' };
  // "Don't go to town, Mark!", "Remember me, Randy?": a capitalised name addressed at the end of a sentence.
  if (!after && mode === 'mixed' && n <= 2 && allCap && (isFirst(f) || isLast(f) || unknown(f, mode)) &&
    commaBefore(text, start, 3) && /^[ \t]*[!?]/.test(text.slice(stop, stop + 3)))
    after = { strength: 'medium', reason: 'addressed by name' };
  // "The Jazz album": a work named after an everyday word is no one's work.
  if (after?.reason === WORK_REASON && allAmb) after = undefined;
  const strongCue = before?.strength === 'strong' || after?.strength === 'strong';

  // Organisations and places: "Areavibes Inc", "Calvert Hospital", "Hafnarstraeti 5".
  // (no read past the array's end: V8 would drop the optimized code the first time it happens)
  const nextTok = end < tokens.length ? tokens[end] : undefined;
  if (nextTok && spaceGap(nextTok) && isOrgOrPlaceFollower(nextTok) && before?.reason !== 'after a title') return undefined;
  if (!strongCue && (digitBefore(text, start, 12) || digitAfter(text, stop, 4))) return undefined;

  // The whole text is just the name ("Marisol Quenneville" answering "what name?").
  const alone = onlyChars(text, 0, start, '') && onlyChars(text, stop, text.length, '.!,');
  // "the Troubadour", "a Peruvian": persons rarely follow an article; "a restaurant called X" names a place.
  const beforeFrom = Math.max(0, start - 48);
  const beforeKind = wordBeforeKind(lower, beforeFrom, start);
  if ((beforeKind & BEFORE_ARTICLE) !== 0 && !alone && n === 1 && !has(f, WORD_FLAG.first) && !has(f, WORD_FLAG.last) &&
    (after?.reason !== WORK_REASON || everyday(f))) return undefined;
  if ((beforeKind & BEFORE_NAMING) !== 0 && PLACE_NAMING.test(lower.slice(beforeFrom, start))) return undefined;
  if (n > 1 && (isPlaceLastWord(l) ||
    (has(l, WORD_FLAG.placeSuffix) && !has(l, WORD_FLAG.last) && !has(l, WORD_FLAG.first)))) return undefined;
  if (isPlaceFirstWord(f) && before?.strength !== 'strong' && before?.strength !== 'medium') return undefined;
  // ("Mrs. Park": a lone family name after a title is a name whatever else the word means)
  if (anyOrgFollower && !(titled && n === 1)) return undefined;
  // Address blocks: a line right under a street line, or followed by a state code or postcode, is a city.
  if (!strongCue && (inAddressBlock(text, runStart) || (commaAfter(text, stop) && (mode === 'upper' ? STATE_CODE_AFTER_CAPS : STATE_CODE_AFTER).test(text.slice(stop, stop + 12))))) return undefined;
  const placeContext = (beforeKind & BEFORE_PLACE_PREP) !== 0;
  // "Please return to Leon and Eyrarodda 66": the corner of two streets.
  if (before?.strength !== 'strong' && mayStartWith(text, stop, 'and') && /^\s+and\s+[^\n,.?!]{0,30}\d/.test(text.slice(stop, stop + 40)) &&
    /corner|return|address|sent|send|arrived|located|office|live|taxi/.test(lower.slice(beforeFrom, start) + lower.slice(0, 80))) return undefined;

  let score = 0;
  // the reasons, joined by ', ' as they come
  let why = '';
  if (n === 1) {
    if (isFirst(f) && !isAmb(f)) score += 0.45;
    else if (isLast(f) && !isAmb(f)) score += 0.3;
    else if (unknown(f, mode)) score += surnameShaped(f) ? 0.4 : 0.25;
    else score += 0.15;
    if (capitalised(f) && !f.sentenceStart) score += isAmb(f) ? 0.1 : 0.15;
    // Letters beyond ASCII in an unknown capitalised word ("Ömür", "Þórbergur") point to a foreign name.
    if (unknown(f, mode) && capitalised(f) && nonAsciiIn(text, f.start, f.end)) score += 0.1;
    if (f.sentenceStart && !before && !alone && !(after && after.strength !== 'weak')) score += isFirst(f) && !isAmb(f) ? 0.1 : -0.15;
  } else {
    if (allAmbNotLast) score += 0.05;
    else {
      score += mode === 'mixed' && allCap ? 0.3 : 0.15;
      if (isFirst(f)) score += isAmb(f) ? 0.1 : 0.3;
      // A family name or an unknown word first ("Kowalski Anna", "Halvorsen Dennis").
      else if (unknown(f, mode) || (isLast(f) && !isAmb(f))) score += 0.1;
      if (lowerParticleIn(tokens, i, end)) score += 0.2;
      if (isLast(l)) score += isAmb(l) ? 0.1 : 0.25;
      else if (unknown(l, mode)) score += surnameShaped(l) ? 0.25 : 0.15;
      // Family names that are given names too ("Halvorsen Dennis"): at least as good as an unknown word.
      else if (isFirst(l) && !isAmb(l)) score += 0.15;
    }
  }
  // "Reported to D. Phyl", "J. Kowalczyk": an initial with its dot before a capitalised family name.
  if (mode === 'mixed' && tokens[i].shape === 'initial' && endsWithDot(tokens[i]) && allCap && !allAmb) {
    score += 0.15;
    why = joinReason(why, 'initial and family name');
  }
  if (placeContext && before?.strength !== 'strong' && before?.strength !== 'medium') score -= 0.1;
  // "son bill", "SON WILLIAM": after a relation word a given name is a name even when it is also an everyday word.
  if (before?.reason === RELATION_REASON && isFirst(f) && isAmb(f) && !isClosed(f)) score += 0.15;
  if (before) {
    score += before.strength === 'strong' ? 0.5 : before.strength === 'medium' ? 0.3 : 0.05;
    why = joinReason(why, before.reason);
  }
  if (after) {
    score += after.strength === 'strong' ? 0.5 : after.strength === 'medium' ? 0.3 : 0.05;
    why = joinReason(why, after.reason);
  }
  // Only a name that is more than everyday words counts as the whole text ("Grace" alone stays a word).
  const wholeText = alone && !allAmb;
  if (wholeText) {
    score += 0.45;
    why = joinReason(why, 'the whole text is a name');
  }
  // A name on a line of its own (signature, address or contact block).
  if (!alone && n > 1 && n <= 4 && !allAmb && lineAlone(text, start, stop)) {
    score += 0.1;
    why = joinReason(why, 'on a line of its own');
  }
  if (isFirst(f) && !isAmb(f)) why = joinReason(why, 'known given name');
  if (n > 1 && isLast(l)) why = joinReason(why, 'known family name');
  // Bare common words with no cue stay low whatever the case ("transfer money to Mark").
  if (allAmb && !strongCue && before?.strength !== 'medium' && after?.strength !== 'medium') score = Math.min(score, 0.35);
  if (score < 0.05) return undefined;
  return {
    start, end: stop, confidence: Math.min(0.99, Math.round(score * 100) / 100), reason: why || 'capitalised name-like words',
    given: isFirst(f) && !isAmb(f) && !isLast(f),
    wholeText,
  };
}

/** True when the candidate starts a line and the line above holds a street number ("4844 Søndergade 52"). */
function inAddressBlock(text: string, start: number): boolean {
  const lineStart = lineStartBefore(text, start, '>?•*-');
  if (lineStart <= 0) return false;
  const prevLineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prevLine = text.slice(prevLineStart, lineStart - 1);
  // A street line starts with a house number or names an apartment/suite/box; a shift header ("npn 11p-7a:") does not.
  return /^\W*\d+[\p{L}-]*\s+\p{L}/u.test(prevLine) || /\b(?:apt|suite|unit|box|floor|fl)\b\.?\s*\d/i.test(prevLine) || /\d+\s+\p{L}+(?:\s+\p{L}+)*\s+\d+\s*$/u.test(prevLine);
}

function joinReason(why: string, reason: string): string {
  return why === '' ? reason : `${why}, ${reason}`;
}

/** A lower-case particle among tokens[i, end) ("Gerrit van Houtum"). */
function lowerParticleIn(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (isParticle(tokens[k]) && tokens[k].shape === 'lower') return true;
  return false;
}

/** The first character after text[stop] that is no space, tab or newline is a comma (where a state code may follow). */
function commaAfter(text: string, stop: number): boolean {
  const to = Math.min(text.length, stop + 12);
  let k = stop;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 10)) k++;
  return k < to && text.charCodeAt(k) === 44;
}

function lineAlone(text: string, start: number, stop: number): boolean {
  return lineStartBefore(text, start, '>?•*:-') >= 0 && lineEndAfter(text, stop, ',.') >= 0;
}
