// Where a candidate name starts and ends: capitalised runs, words after a cue or a title.
import { WORD_FLAG, type NameLexicon } from './lexicon';
import type { Token } from './tokens';
import { endsWithDot, everyday, has, isClosed, isFirst, isAmb, isParticle, isTitle, spaceGap, type CaseMode } from './tokenFacts';
import { NOT_AFTER_TITLE, RELATION_TITLES, ROLE_TITLES, WEAK_TITLES } from './words';

const MAX_RUN = 5;

export function isRunStart(tokens: Token[], i: number, mode: CaseMode): boolean {
  const t = tokens[i];
  if (mode !== 'mixed') return false;
  if (t.shape === 'cap' || t.shape === 'upper') return !isClosed(t) || !t.sentenceStart;
  if (t.shape === 'initial') {
    if (t.lower === 'i' || t.lower === 'a') return false;
    const next = tokens[i + 1];
    return endsWithDot(t) && !!next && (next.shape === 'cap' || next.shape === 'upper') && spaceGap(next);
  }
  return false;
}

/** Capitalised words (with initials and particles inside) joined by spaces. Returns the end index (exclusive). */
export function collectCapRun(tokens: Token[], i: number, lex: NameLexicon): number {
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_RUN) {
    const t = tokens[j];
    // "Ayna Khadzhiyev's Cautionary Tales": a possessive ends the name.
    if (!spaceGap(t) || tokens[j - 1].possessive) break;
    if (t.shape === 'cap' || t.shape === 'upper' || (t.shape === 'initial' && t.lower !== 'a')) {
      if (isTitle(t) || has(t, WORD_FLAG.nonName)) break;
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (isParticle(t) && next && spaceGap(next) && next.shape === 'cap') {
      j += 2;
      continue;
    }
    // "Kraig jacinto Calligaro": a lower-case non-word between two capitalised name words.
    if (t.shape === 'lower' && t.lower.length > 2 && !everyday(t) && !isClosed(t) && !isTitle(t) && next && spaceGap(next) && next.shape === 'cap' &&
      (has(tokens[j - 1], WORD_FLAG.first) || has(t, WORD_FLAG.first))) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Words after a cue or title, whatever their case, while they look like name words. */
export function collectAfterCue(tokens: Token[], i: number, lex: NameLexicon, mode: CaseMode, afterTitle: boolean): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j];
    if (j > i && !spaceGap(t)) break;
    if (isTitle(t)) break;
    if (has(t, WORD_FLAG.nonName) && !(afterTitle && t.shape !== 'lower')) break;
    if (t.shape === 'initial') {
      if (t.lower === 'i' || (t.lower === 'a' && !endsWithDot(t))) break;
      j++;
      continue;
    }
    const known = has(t, WORD_FLAG.first) || has(t, WORD_FLAG.last);
    if (isClosed(t)) break;
    // "Dr Ferdinand Halfpenny": a capitalised everyday word after a capitalised given name is its family name.
    const afterGivenName = mode === 'mixed' && j > i && t.shape === 'cap' && tokens[j - 1].shape === 'cap' && isFirst(tokens[j - 1]) && !isAmb(tokens[j - 1]);
    if (everyday(t) && !known && !afterGivenName) {
      // "Dr. Small": a common word right after a title is the name; "HUSBAND RICH MARTINO": a common word
      // followed by a family name is a given name; elsewhere a common word ends the name.
      const nx = tokens[j + 1];
      const beforeFamilyName = j === i && !!nx && spaceGap(nx) && has(nx, WORD_FLAG.last) && !everyday(nx);
      if (!(afterTitle && j === i && (t.shape !== 'lower' || mode !== 'mixed')) && !beforeFamilyName) break;
    }
    if (mode === 'mixed' && t.shape === 'lower' && j > i && tokens[i].shape !== 'lower' && !known) break;
    j++;
  }
  // A trailing initial is not part of the name.
  while (j > i && tokens[j - 1].shape === 'initial') j--;
  return j;
}

export function titleIntroducesName(title: Token, next: Token, lex: NameLexicon, mode: CaseMode): boolean {
  const known = has(next, WORD_FLAG.first) || has(next, WORD_FLAG.last);
  const capitalisedWord = next.shape === 'cap' || next.shape === 'initial' || (next.shape === 'upper' && mode !== 'mixed');
  if (NOT_AFTER_TITLE.has(next.lower) || has(next, WORD_FLAG.closed)) return false;
  if (ROLE_TITLES.has(title.lower) && mode !== 'mixed' && !has(next, WORD_FLAG.nonName) && next.lower.length > 2 &&
    ((has(next, WORD_FLAG.first) && !has(next, WORD_FLAG.nonName)) || (!everyday(next) && next.lower.length > 3))) return true;
  // "per NP Patty", "NP JEN AWARE": a role written in capitals before a capitalised given name or non-word.
  if (ROLE_TITLES.has(title.lower) && mode === 'mixed' && title.shape === 'upper' && next.lower.length > 2 && !has(next, WORD_FLAG.nonName) &&
    ((next.shape === 'cap' && (has(next, WORD_FLAG.first) || !everyday(next))) || (next.shape === 'upper' && has(next, WORD_FLAG.first)))) return true;
  if (WEAK_TITLES.has(title.lower)) {
    if (everyday(next) || has(next, WORD_FLAG.nonName)) return false;
    return known ? (mode !== 'mixed' || next.shape !== 'lower') : mode === 'mixed' && next.shape === 'cap' && (title.shape !== 'lower' || !RELATION_TITLES.has(title.lower));
  }
  // "Dr. Bean", "mrs. Park": a capitalised everyday word after a proper title is a family name; after "MR." in
  // capitals (mitral regurgitation) or "MS" (mental status) it is not.
  // In all-caps notes "DR KNIGHT" is as good as "Dr. Knight".
  if (everyday(next) && !known && !(mode === 'mixed' && next.shape === 'cap' && title.shape !== 'upper') &&
    !(mode === 'upper' && /^(?:dr|dr\.|drs|drs\.|mr|mr\.|mrs|mrs\.)$/.test(title.lower) && !has(next, WORD_FLAG.nonName))) return false;
  if (mode === 'mixed') {
    if (capitalisedWord || next.shape === 'upper') return true;
    // Clinical notes: "dr. murphy", "mr nicholson".
    return !has(next, WORD_FLAG.closed) && (known || !everyday(next)) && next.lower.length > 1;
  }
  return !has(next, WORD_FLAG.closed);
}

/** Cheap Set lookups before any cue regex: a known name, a non-word, or a word before a family name. */
export function plausibleName(tokens: Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  if (has(t, WORD_FLAG.first) || has(t, WORD_FLAG.last) || !everyday(t)) return true;
  const nx = tokens[i + 1];
  return !!nx && spaceGap(nx) && has(nx, WORD_FLAG.last) && !everyday(nx);
}
