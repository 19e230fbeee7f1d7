// Finds person-name spans: candidate runs of name-shaped tokens, scored by cues, titles, dictionaries,
// capitalisation and position. Pure and synchronous; dictionaries come from ./lexicon (built on first use).
import { cueAfter, cueBefore, type Cue } from './cues';
import { nameLexicon, WORD_FLAG, type NameLexicon } from './lexicon';
import { ABBREVIATIONS, tokenize, type Token } from './tokens';
import { atEnd } from './atEnd';
import { addListNames } from './lists';
import {
  FUNCTION_WORDS, CHAT_WORDS, NAME_PARTICLES, ORG_OR_PLACE_FOLLOWERS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, RELATION_TITLES, WEAK_TITLES, TITLES, ROLE_TITLES, NOT_AFTER_TITLE, WORDY_SUFFIX,
} from './words';

export interface NameHit {
  start: number;
  end: number;
  confidence: number;
  reason: string;
  /** Starts with a known given name that is not also a family name (lists of these are lists of people). */
  given?: boolean;
}

type CaseMode = 'mixed' | 'upper' | 'lower';

const PLACE_NAMING = atEnd(/(?:restaurant|place|cafe|café|bar|pub|shop|store|company|firm|hotel|area|neighbou?rhood|street|road|town|city|village|film|movie|book|song|album|show|band|app|game|dish|brand|product|team|club|school|hospital|website|site|channel|group|business|shop)s? (?:called|named)\s*$/u);
const PLACE_PREP = atEnd(/(?:^|[^\p{L}])(?:in|at|near|into|via|around|across|outside|inside|toward|towards|from|to|of)\s+$/u);
// Family-name endings common across Europe and Asia ("Gairbekov", "Sumarliðason", "Bošnjak", "Ogasahara").
const SURNAME_SHAPE = /(?:ov|ova|ev|eva|ski|ska|sky|cki|cka|wicz|vich|vić|ić|sson|sen|dóttir|dottir|enko|chuk|czyk|escu|oglu|oğlu|yan|ian|idze|shvili|ová|ková|ský|aki|moto|yama|hara|mura|kawa|saki|uchi|nen|lainen|inen|ez|ini|elli|etti|ucci|poulos|akis|oulis|ák|ek)$/;
const CLOSED = new Set([...FUNCTION_WORDS, ...CHAT_WORDS]);
const MAX_RUN = 5;
// "Springfield, IL": a state code after a city. In text written in capitals (", HE HAS") it must end the line or
// precede a postcode.
const STATE_CODE_AFTER = /^[ \t]*(?:\n[ \t]*)?,[ \t]*\p{Lu}{2}\b/u;
const STATE_CODE_AFTER_CAPS = /^[ \t]*(?:\n[ \t]*)?,[ \t]*\p{Lu}{2}(?:[ \t]*(?:\n|$)|[ \t]+\d)/u;
const RELATION_REASON = 'after a relation or role word';
const VOCATIVE_BEFORE = atEnd(/,[ \t]*$/);
const LINE_START_BEFORE = atEnd(/(?:^|\n)[ \t>]*$/);
const DIGIT_BEFORE = atEnd(/\d[ \t]*$/);
const ARTICLE_BEFORE = atEnd(/(?:^|[^\p{L}])(?:the|a|an)\s+$/u);

/** Texts written all in capitals (clinical notes) or all in lower case carry no capitalisation signal. */
function caseMode(tokens: Token[]): CaseMode {
  let cap = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape === 'lower') lower++;
    else if (t.shape === 'upper') upper++;
    else if ((t.shape === 'cap' || t.shape === 'initial') && !t.sentenceStart && t.lower !== 'i') cap++;
  }
  if (upper > 2 * (lower + cap) && upper >= 2) return 'upper';
  if (cap === 0 && upper === 0 && !tokens.some((t) => t.shape !== 'lower' && t.lower !== 'i')) return 'lower';
  return 'mixed';
}

export function findNames(text: string, lower: string): NameHit[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const lex = nameLexicon();
  for (let k = 0; k < tokens.length; k++) tokens[k].flags = tokenFlags(lex, tokens[k].lower);
  const mode = caseMode(tokens);
  const hits: NameHit[] = signatures(text, lex);
  let i = 0;
  while (i < tokens.length) {
    if (hits.length && hits.some((h) => tokens[i].start < h.end && h.start < tokens[i].end)) {
      i++;
      continue;
    }
    const t = tokens[i];
    // A title ("Dr.", "MRS", "mr") introduces the name that follows it.
    const next = tokens[i + 1];
    if (TITLES.has(t.lower) && next && (isSpaceGap(next.gap) || (next.gap === '' && t.text.endsWith('.'))) &&
      titleIntroducesName(t, next, lex, mode)) {
      const end = collectAfterCue(tokens, i + 1, lex, mode, true);
      if (end > i + 1) {
        const hit = scoreRun(text, lower, tokens, i + 1, end, lex, mode, { strength: 'strong', reason: 'after a title' });
        if (hit) hits.push(hit);
        i = end;
        // "Drs Joseph and Robbinson", "Dr. Vasquez, Dr. Rizzo": a second name joined to the first.
        const conj = tokens[i];
        const second = tokens[i + 1];
        if (hit && conj && (conj.lower === 'and' || conj.lower === '&') && second && isSpaceGap(second.gap) && titleIntroducesName(t, second, lex, mode) &&
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
    if (end < 0 && t.lower.length > 1 && !isClosed(t) && !has(t, WORD_FLAG.nonName) && plausibleName(tokens, i, lex)) {
      // Lower-case or all-caps names are taken only after a cue, or as a dictionary first name.
      cue = cueBefore(lower.slice(Math.max(0, t.start - 48), t.start));
      const knownName = has(t, WORD_FLAG.first) || has(t, WORD_FLAG.last);
      const nextTok = tokens[i + 1];
      const relation = cue?.reason === RELATION_REASON && t.lower.length > 2 && (!everyday(t) ||
        // "HUSBAND RICH MARTINO": an everyday word that is a given name here, followed by a family name.
        (!!nextTok && isSpaceGap(nextTok.gap) && has(nextTok, WORD_FLAG.last) && !everyday(nextTok)));
      if (t.shape === 'lower' && t.lower.length < 2) cue = undefined;
      if (cue && (cue.strength === 'strong' || (cue.strength === 'medium' && (knownName || relation || (mode === 'mixed' && t.shape !== 'lower')))))
        end = collectAfterCue(tokens, i, lex, mode, false);
      else if (mode !== 'mixed' && t.lower.length > 2) {
        if (has(t, WORD_FLAG.first) && !has(t, WORD_FLAG.ambiguous) && !everyday(t)) {
          // Without a cue, a caseless name needs a family name after the given name ("joshua gavrilov"), or a weak
          // cue around it in capitals ("PER DAVID,", "DAVID IS SPEAKING").
          const after = tokens[i + 1];
          if (mode === 'upper' && (cue || cueAfter(lower.slice(t.end, t.end + 40)))) end = i + 1;
          else
          if (after && isSpaceGap(after.gap) && after.lower.length > 2 && !everyday(after) && !isClosed(after) && !has(after, WORD_FLAG.nonName) && (has(after, WORD_FLAG.last) || !has(after, WORD_FLAG.first) || mode === 'upper'))
            end = collectAfterCue(tokens, i, lex, mode, false);
        }
      }
    }
    // "W. MAROTTA", "q. lander": an initial with a dot before a non-word in caseless text.
    if (end < 0 && mode !== 'mixed' && t.shape !== 'lower' && t.text.length === 2 && t.text.endsWith('.') && tokens[i + 1] && (t.start === 0 || /[\s(]/.test(text[t.start - 1])) &&
      isSpaceGap(tokens[i + 1].gap) && tokens[i + 1].lower.length > 2 && !everyday(tokens[i + 1]) && !isClosed(tokens[i + 1]) && !has(tokens[i + 1], WORD_FLAG.nonName)) {
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
  hits.sort((a, b) => a.start - b.start);
  boostLists(text, hits);
  addListNames(tokens, lower, mode, hits, everyday, (t) => ORG_OR_PLACE_FOLLOWERS.has(t.lower));
  return hits.filter((h) => h.confidence >= 0.3);
}

// "Morrison, Rogers and Torres", "Lang and Fowler were": capitalised words joined in a list support each other.
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

// A note signed with a professional suffix on its own line: "Patricia Nolan, RN", " DAN A. FORMAN-LYONS, RRT".
const SIGNATURE = /(?<![\p{L}'’.-])((?:\p{L}[\p{L}'’.-]*[ \t]+){0,3}\p{L}[\p{L}'’-]*)(?:[ \t]*[,/][ \t]*|[ \t]+)(?:RN|RRT|CRT|NP|MD|PA-C|LPN|LVN|CNA|MSW|LICSW|RPh|PharmD|PhD|BSN|MSN|APRN|CRNA|rn|rrt|crt|np|md)\b\.?[ \t]*(?=\n|$|(?<=\.)[ \t]+\p{Lu})/gu;

function signatures(text: string, lex: NameLexicon): NameHit[] {
  if (!/\b(?:RN|RRT|CRT|NP|MD|PA-C|LPN|LVN|CNA|MSW|LICSW|RPh|PharmD|PhD|BSN|MSN|APRN|CRNA|rn|rrt|crt|np|md)\b/.test(text)) return [];
  const out: NameHit[] = [];
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    let words = m[1].split(/[ \t]+/);
    // A word that ends a sentence ("AT THIS TIME. Q. LANDER RRT") is not part of the signature, nor what precedes it.
    for (let k = words.length - 2; k >= 0; k--) {
      if (words[k].length > 2 && words[k].endsWith('.') && !ABBREVIATIONS.has(words[k].slice(0, -1).toLowerCase())) {
        words = words.slice(k + 1);
        break;
      }
    }
    // Drop leading everyday words: "... FOR A DIFFERENT PATIENT Q. LANDER RRT" signs "Q. LANDER".
    while (words.length > 1 && (CLOSED.has(words[0].toLowerCase()) || (words[0].length > 2 && isCommonWord(lex, words[0].toLowerCase()) && !lex.first.has(words[0].toLowerCase())))) words = words.slice(1);
    const lowerWords = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
    // Every word must be an initial or a non-word (an everyday word only next to an initial: "Q. LANDER"); at least
    // one a known name.
    const initial = lowerWords.some((w) => w.length === 1);
    if (!lowerWords.every((w) => w.length === 1 || (!CLOSED.has(w) && !lex.nonName.has(w) && (initial || !isCommonWord(lex, w) || lex.first.has(w) || lex.last.has(w))))) continue;
    if (!lowerWords.some((w) => lex.first.has(w) || lex.last.has(w)) && words.length < 2) continue;
    const joined = words.join(' ');
    const start = m.index + m[1].lastIndexOf(joined);
    if (start < m.index || text.slice(start, start + joined.length) !== joined) continue;
    out.push({ start, end: start + joined.length, confidence: 0.85, reason: 'signature with a professional suffix' });
  }
  return out;
}

function isClosed(t: Token): boolean {
  return (t.flags & CLOSED_TOKEN) !== 0;
}

/** Dictionary bits of a token, plus the two derived facts the scorer asks about most. */
const EVERYDAY = 1 << 8;
const CLOSED_TOKEN = 1 << 9;

function has(t: Token, bit: number): boolean {
  return (t.flags & bit) !== 0;
}

/** An everyday word, including hyphenated compounds of everyday words ("half-past", "nine-thirty"). */
function everyday(t: Token): boolean {
  return (t.flags & EVERYDAY) !== 0;
}

function tokenFlags(lex: NameLexicon, lower: string): number {
  let f = lex.flags(lower);
  if ((f & WORD_FLAG.common) !== 0 || (lower.includes('-') && lower.split('-').every((p) => p === '' || lex.common.has(p)))) f |= EVERYDAY;
  if ((f & WORD_FLAG.closed) !== 0 || (lower.endsWith('.') && lex.closed.has(lower.slice(0, -1)))) f |= CLOSED_TOKEN;
  return f;
}

function isRunStart(tokens: Token[], i: number, mode: CaseMode): boolean {
  const t = tokens[i];
  if (mode !== 'mixed') return false;
  if (t.shape === 'cap' || t.shape === 'upper') return !isClosed(t) || !t.sentenceStart;
  if (t.shape === 'initial') {
    if (t.lower === 'i' || t.lower === 'a') return false;
    const next = tokens[i + 1];
    return t.text.endsWith('.') && !!next && (next.shape === 'cap' || next.shape === 'upper') && isSpaceGap(next.gap);
  }
  return false;
}

/** Capitalised words (with initials and particles inside) joined by spaces. Returns the end index (exclusive). */
function collectCapRun(tokens: Token[], i: number, lex: NameLexicon): number {
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_RUN) {
    const t = tokens[j];
    // "Ayna Khadzhiyev's Cautionary Tales": a possessive ends the name.
    if (!isSpaceGap(t.gap) || tokens[j - 1].possessive) break;
    if (t.shape === 'cap' || t.shape === 'upper' || (t.shape === 'initial' && t.lower !== 'a')) {
      if (TITLES.has(t.lower) || has(t, WORD_FLAG.nonName)) break;
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (NAME_PARTICLES.has(t.lower) && next && isSpaceGap(next.gap) && next.shape === 'cap') {
      j += 2;
      continue;
    }
    // "Kraig jacinto Calligaro": a lower-case non-word between two capitalised name words.
    if (t.shape === 'lower' && t.lower.length > 2 && !everyday(t) && !isClosed(t) && !TITLES.has(t.lower) && next && isSpaceGap(next.gap) && next.shape === 'cap' &&
      (has(tokens[j - 1], WORD_FLAG.first) || has(t, WORD_FLAG.first))) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Words after a cue or title, whatever their case, while they look like name words. */
function collectAfterCue(tokens: Token[], i: number, lex: NameLexicon, mode: CaseMode, afterTitle: boolean): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j];
    if (j > i && !isSpaceGap(t.gap)) break;
    if (TITLES.has(t.lower)) break;
    if (has(t, WORD_FLAG.nonName) && !(afterTitle && t.shape !== 'lower')) break;
    if (t.shape === 'initial') {
      if (t.lower === 'i' || (t.lower === 'a' && !t.text.endsWith('.'))) break;
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
      const beforeFamilyName = j === i && !!nx && isSpaceGap(nx.gap) && has(nx, WORD_FLAG.last) && !everyday(nx);
      if (!(afterTitle && j === i && (t.shape !== 'lower' || mode !== 'mixed')) && !beforeFamilyName) break;
    }
    if (mode === 'mixed' && t.shape === 'lower' && j > i && tokens[i].shape !== 'lower' && !known) break;
    j++;
  }
  // A trailing initial is not part of the name.
  while (j > i && tokens[j - 1].shape === 'initial') j--;
  return j;
}

function scoreRun(
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
  while (end > i && (tokens[end - 1].shape === 'initial' || NAME_PARTICLES.has(tokens[end - 1].lower) || isClosed(tokens[end - 1]) ||
    (has(tokens[end - 1], WORD_FLAG.nonName) && !titled))) end--;
  if (end <= i) return undefined;
  const first = tokens[i];
  const lastTok = tokens[end - 1];
  const core = tokens.slice(i, end).filter((t) => t.shape !== 'initial' && !NAME_PARTICLES.has(t.lower));
  if (core.length === 0) return undefined;
  // An all-caps word in mixed-case text is an acronym ("MI", "ASA") unless a title or strong cue says otherwise.
  if (mode === 'mixed' && core.every((t) => t.shape === 'upper') && cueHint?.strength !== 'strong') {
    const b = cueBefore(lower.slice(Math.max(0, first0(tokens, i).start - 48), first0(tokens, i).start));
    const a = cueAfter(lower.slice(tokens[end - 1].end, tokens[end - 1].end + 40));
    if (b?.strength !== 'strong' && a?.strength !== 'strong') return undefined;
  }
  const start = first.start;
  const stop = lastTok.end;

  const before = cueHint ?? cueBefore(lower.slice(Math.max(0, start - 48), start));
  let after = cueAfter(lower.slice(stop, stop + 40));
  // "Danielle: What a wife.", "Heather:\"I'm ...\"" — a speaker label at the start of a line: a given name, even an
  // everyday-word one (unknown words there are mostly section headers of notes: "Soc:", "Integ:").
  if (!after && /^:[ \t]*["“]?\p{L}/u.test(text.slice(stop, stop + 4)) && LINE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && core.length <= 3 &&
    (core.length > 1 || (has(core[0], WORD_FLAG.first) && !isClosed(core[0]))))
    after = { strength: 'medium', reason: 'speaker label' };
  // "Don't go to town, Mark!", "Remember me, Randy?": a capitalised name addressed at the end of a sentence.
  if (!after && mode === 'mixed' && core.length <= 2 && core.every(capitalised) && (isFirst(core[0]) || isLast(core[0]) || unknown(core[0], mode)) &&
    VOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && /^[ \t]*[!?]/.test(text.slice(stop, stop + 3)))
    after = { strength: 'medium', reason: 'addressed by name' };
  const strongCue = before?.strength === 'strong' || after?.strength === 'strong';

  // Organisations and places: "Areavibes Inc", "Calvert Hospital", "Hafnarstraeti 5".
  const nextTok = tokens[end];
  if (nextTok && isSpaceGap(nextTok.gap) && ORG_OR_PLACE_FOLLOWERS.has(nextTok.lower) && before?.reason !== 'after a title') return undefined;
  const prevChars = text.slice(Math.max(0, start - 12), start);
  if (!strongCue && (DIGIT_BEFORE.test(prevChars) || /^[ \t]*\d/.test(text.slice(stop, stop + 4)))) return undefined;

  // The whole text is just the name ("Lorilee Landingham" answering "what name?").
  const alone = onlyChars(text, 0, start, '') && onlyChars(text, stop, text.length, '.!,');
  // "the Troubadour", "a Peruvian": persons rarely follow an article; "a restaurant called X" names a place.
  const lowerBefore = lower.slice(Math.max(0, start - 48), start);
  if (ARTICLE_BEFORE.test(lowerBefore) && !alone && core.length === 1 && !has(core[0], WORD_FLAG.first) && !has(core[0], WORD_FLAG.last)) return undefined;
  if (PLACE_NAMING.test(lowerBefore)) return undefined;
  const lastCore = core[core.length - 1];
  if (core.length > 1 && (PLACE_LAST_WORDS.has(lastCore.lower) ||
    (has(lastCore, WORD_FLAG.placeSuffix) && !has(lastCore, WORD_FLAG.last) && !has(lastCore, WORD_FLAG.first)))) return undefined;
  if (PLACE_FIRST_WORDS.has(core[0].lower) && before?.strength !== 'strong' && before?.strength !== 'medium') return undefined;
  if (core.some((t) => ORG_OR_PLACE_FOLLOWERS.has(t.lower))) return undefined;
  // Address blocks: a line right under a street line, or followed by a state code or postcode, is a city.
  if (!strongCue && (inAddressBlock(text, runStart) || (mode === 'upper' ? STATE_CODE_AFTER_CAPS : STATE_CODE_AFTER).test(text.slice(stop, stop + 12)))) return undefined;
  const placeContext = PLACE_PREP.test(lowerBefore);
  // "Please return to Leon and Eyrarodda 66": the corner of two streets.
  if (before?.strength !== 'strong' && /^\s+and\s+[^\n,.?!]{0,30}\d/.test(text.slice(stop, stop + 40)) && /corner|return|address|sent|send|arrived|located|office|live|taxi/.test(lowerBefore + lower.slice(0, 80))) return undefined;

  let score = 0;
  const why: string[] = [];
  const n = core.length;
  const f = core[0];
  const l = core[n - 1];
  if (n === 1) {
    if (isFirst(f) && !isAmb(f)) score += 0.45;
    else if (isLast(f) && !isAmb(f)) score += 0.3;
    else if (unknown(f, mode)) score += SURNAME_SHAPE.test(f.lower) ? 0.4 : 0.25;
    else score += 0.15;
    if (capitalised(f) && !f.sentenceStart) score += isAmb(f) ? 0.1 : 0.15;
    // Letters beyond ASCII in an unknown capitalised word ("Ömür", "Þórbergur") point to a foreign name.
    if (unknown(f, mode) && capitalised(f) && /[^\x00-\x7f]/.test(f.text)) score += 0.1;
    if (f.sentenceStart && !before && !alone && !(after && after.strength !== 'weak')) score += isFirst(f) && !isAmb(f) ? 0.1 : -0.15;
  } else {
    const allCommon = core.every((t) => isAmb(t) && !isLast(t));
    if (allCommon) score += 0.05;
    else {
      score += mode === 'mixed' && core.every(capitalised) ? 0.3 : 0.15;
      if (isFirst(f)) score += isAmb(f) ? 0.1 : 0.3;
      // A family name or an unknown word first ("Kowalski Anna", "Robinette Dennis").
      else if (unknown(f, mode) || (isLast(f) && !isAmb(f))) score += 0.1;
      if (tokens.slice(i, end).some((t) => NAME_PARTICLES.has(t.lower) && t.shape === 'lower')) score += 0.2;
      if (isLast(l)) score += isAmb(l) ? 0.1 : 0.25;
      else if (unknown(l, mode)) score += SURNAME_SHAPE.test(l.lower) ? 0.25 : 0.15;
      // Family names that are given names too ("Robinette Dennis"): at least as good as an unknown word.
      else if (isFirst(l) && !isAmb(l)) score += 0.15;
    }
  }
  if (placeContext && before?.strength !== 'strong' && before?.strength !== 'medium') score -= 0.1;
  // "son bill", "SON WILLIAM": after a relation word a given name is a name even when it is also an everyday word.
  if (before?.reason === RELATION_REASON && isFirst(f) && isAmb(f) && !isClosed(f)) score += 0.15;
  if (before) {
    score += before.strength === 'strong' ? 0.5 : before.strength === 'medium' ? 0.3 : 0.05;
    why.push(before.reason);
  }
  if (after) {
    score += after.strength === 'strong' ? 0.5 : after.strength === 'medium' ? 0.3 : 0.05;
    why.push(after.reason);
  }
  if (alone && !core.every(isAmb)) {
    score += 0.45;
    why.push('the whole text is a name');
  }
  // A name on a line of its own (signature, address or contact block).
  if (!alone && n > 1 && n <= 4 && !core.every(isAmb) && lineAlone(text, start, stop)) {
    score += 0.1;
    why.push('on a line of its own');
  }
  if (isFirst(f) && !isAmb(f)) why.push('known given name');
  if (n > 1 && isLast(l)) why.push('known family name');
  // Bare common words with no cue stay low whatever the case ("transfer money to Mark").
  if (core.every(isAmb) && !strongCue && before?.strength !== 'medium' && after?.strength !== 'medium') score = Math.min(score, 0.35);
  if (score < 0.05) return undefined;
  return {
    start, end: stop, confidence: Math.min(0.99, Math.round(score * 100) / 100), reason: why.join(', ') || 'capitalised name-like words',
    given: isFirst(f) && !isAmb(f) && !isLast(f),
  };
}

function isFirst(t: Token): boolean {
  return (t.flags & WORD_FLAG.first) !== 0;
}

function isLast(t: Token): boolean {
  return (t.flags & WORD_FLAG.last) !== 0;
}

/** A word that is also something other than a name: an ambiguous name, an everyday word, or a wordy derivation. */
function isAmb(t: Token): boolean {
  return has(t, WORD_FLAG.ambiguous) || everyday(t) || (!isFirst(t) && !isLast(t) && WORDY_SUFFIX.test(t.lower));
}

/**
 * Not in any dictionary. All-caps words inside mixed-case text are acronyms unless a dictionary knows them; in text
 * written all in capitals they are ordinary words.
 */
function unknown(t: Token, mode: CaseMode): boolean {
  return !isFirst(t) && !isLast(t) && !isAmb(t) && t.lower.length > 1 && (t.shape !== 'upper' || mode !== 'mixed');
}

function capitalised(t: Token): boolean {
  return t.shape === 'cap';
}

/** A gap of one to three spaces or tabs (words of one name). */
function isSpaceGap(gap: string): boolean {
  const n = gap.length;
  if (n < 1 || n > 3) return false;
  for (let k = 0; k < n; k++) {
    const c = gap.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** True when the candidate starts a line and the line above holds a street number ("4844 Søndergade 52"). */
function inAddressBlock(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!onlyChars(text, lineStart, start, '>?•*-')) return false;
  if (lineStart === 0) return false;
  const prevLineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prevLine = text.slice(prevLineStart, lineStart - 1);
  // A street line starts with a house number or names an apartment/suite/box; a shift header ("npn 11p-7a:") does not.
  return /^\W*\d+[\p{L}-]*\s+\p{L}/u.test(prevLine) || /\b(?:apt|suite|unit|box|floor|fl)\b\.?\s*\d/i.test(prevLine) || /\d+\s+\p{L}+(?:\s+\p{L}+)*\s+\d+\s*$/u.test(prevLine);
}

function lineAlone(text: string, start: number, stop: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', stop);
  if (lineEnd < 0) lineEnd = text.length;
  return onlyChars(text, lineStart, start, '>?•*:-') && onlyChars(text, stop, lineEnd, ',.');
}

/** Whether text[from, to) holds only white space (as regex \s) and characters of `marks` (no substring built). */
function onlyChars(text: string, from: number, to: number, marks: string): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isWhiteSpace(c) && marks.indexOf(text[k]) < 0) return false;
  }
  return true;
}

/** The characters of regex \s. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

function titleIntroducesName(title: Token, next: Token, lex: NameLexicon, mode: CaseMode): boolean {
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

/** isCommon for a bare string (signatures). */
function isCommonWord(lex: NameLexicon, word: string): boolean {
  if (lex.common.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((p) => p === '' || lex.common.has(p));
}

function first0(tokens: Token[], i: number): Token {
  return tokens[i];
}

/** Cheap Set lookups before any cue regex: a known name, a non-word, or a word before a family name. */
function plausibleName(tokens: Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  if (has(t, WORD_FLAG.first) || has(t, WORD_FLAG.last) || !everyday(t)) return true;
  const nx = tokens[i + 1];
  return !!nx && isSpaceGap(nx.gap) && has(nx, WORD_FLAG.last) && !everyday(nx);
}
