// Notes signed with a professional suffix: "Patricia Nolan, RN", " DAN A. FORMAN-LYONS, RRT".
import { WORD_FLAG, type NameLexicon } from './lexicon';
import type { NameHit } from './hit';
import { ABBREVIATIONS } from './tokens';
import { CLOSED, isCommonWord } from './tokenFacts';
import { fnvRange } from '../fnv';
import { G_END, WORD_END, WORD_HASH, WORD_INFO, WORD_START, WORD_STRIDE } from '../textWords';
import type { TextWords } from '../types';

const SIGNATURE = /(?<![\p{L}'’.-])((?:\p{L}[\p{L}'’.-]*[ \t]+){0,3}\p{L}[\p{L}'’-]*)(?:[ \t]*[,/][ \t]*|[ \t]+)(?:RN|RRT|CRT|NP|MD|PA-C|LPN|LVN|CNA|MSW|LICSW|RPh|PharmD|PhD|BSN|MSN|APRN|CRNA|rn|rrt|crt|np|md)\b\.?[ \t]*(?=\n|$|(?<=\.)[ \t]+\p{Lu})/gu;

const SUFFIX = /\b(?:RN|RRT|CRT|NP|MD|PA-C|LPN|LVN|CNA|MSW|LICSW|RPh|PharmD|PhD|BSN|MSN|APRN|CRNA|rn|rrt|crt|np|md)\b/;
// The one pass's word (a run of ASCII letters and digits) that each suffix SUFFIX matches is, in lower case: a text
// without one of them has no match.
const SUFFIX_WORDS = 'rn rrt crt np md pa lpn lvn cna msw licsw rph pharmd phd bsn msn aprn crna'.split(' ');
const SUFFIX_HASHES = new Set(SUFFIX_WORDS.map((w) => fnvRange(w, 0, w.length)));
const SUFFIX_BITS = new Uint32Array(32); // 1024 bits by the hash's low bits
for (const h of SUFFIX_HASHES) SUFFIX_BITS[(h & 1023) >>> 5] |= 1 << (h & 31);

/** Whether one of the words is a suffix word (SUFFIX_WORDS, any case): the condition for SUFFIX to match. */
function anySuffixWord(words: TextWords): boolean {
  const data = words.data;
  for (let k = 0; k < words.count; k++) {
    const h = data[k * WORD_STRIDE + WORD_HASH];
    if ((SUFFIX_BITS[(h & 1023) >>> 5] & (1 << (h & 31))) !== 0 && SUFFIX_HASHES.has(h)) return true;
  }
  return false;
}

/** Signed names in `text`; `words`, the one pass's words of an ASCII text, rule most texts out without a regex. */
export function signatures(text: string, lex: NameLexicon, words?: TextWords): NameHit[] {
  if (words !== undefined ? !anySuffixWord(words) : !SUFFIX.test(text)) return [];
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

/** The longest a signing line may be. */
const MAX_SIGNED_LINE = 40;

/**
 * Where the last line or sentence before `end` starts (after the last newline, or after the last ". " or "! " at or
 * before end - 1); -1 when there is none or it is longer than MAX_SIGNED_LINE. Reads back only that far.
 */
function lastLineStart(text: string, end: number): number {
  // a break at k starts the line at k + 1 (newline) or k + 2 (". "): none before end - MAX - 2 can start a short line
  const stopAt = Math.max(0, end - MAX_SIGNED_LINE - 2);
  for (let k = end - 1; k >= stopAt; k--) {
    const c = text.charCodeAt(k);
    let lineStart = -1;
    if (c === 10) lineStart = k + 1;
    else if ((c === 46 || c === 33) && k + 1 < text.length && text.charCodeAt(k + 1) === 32) lineStart = k + 2; // ". " "! "
    if (lineStart >= 0) return end - lineStart > MAX_SIGNED_LINE ? -1 : lineStart;
  }
  return -1;
}

/**
 * Whether text[from, end) may hold a line break or a '.' or '!' before a space (where lastLineStart looks for one),
 * by the one pass's words of the text: words hold none, the gaps before them say so by their bits (G_END, also set
 * by other marks), and only the characters after the last word are read. False: it surely holds none.
 */
function mayBreakWithin(words: TextWords, text: string, from: number, end: number): boolean {
  const data = words.data;
  let k = words.count - 1;
  // (after the last word, where most texts end in '.', '?' or '!', a break is what lastLineStart takes for one)
  for (let p = Math.max(from, k >= 0 ? data[k * WORD_STRIDE + WORD_END] : 0); p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || ((c === 46 || c === 33) && p + 1 < text.length && text.charCodeAt(p + 1) === 32)) return true;
  }
  // the gap before word k ends at its start: it reaches into the range while that start is after `from`
  for (; k >= 0 && data[k * WORD_STRIDE + WORD_START] > from; k--) if ((data[k * WORD_STRIDE + WORD_INFO] & G_END) !== 0) return true;
  return false;
}

/**
 * A text signed with a given name after its last sentence ("... NOT 1400U/HR. SUSAN", "...\nSUSAN"): what follows
 * the last line break or sentence end is one or two words, the first a distinctive given name.
 */
export function lastLineSignature(text: string, lex: NameLexicon, lower?: string, words?: TextWords): NameHit | undefined {
  // Line breaks and white space are found in the lower case when it has the text's length (a flat string, cheaper
  // to read than a slice of a document; lower-casing keeps them where they are).
  const breaks = lower !== undefined && lower.length === text.length ? lower : text;
  let end = breaks.length;
  while (end > 0 && breaks.charCodeAt(end - 1) <= 32) end--;
  if (words !== undefined && !mayBreakWithin(words, breaks, Math.max(0, end - MAX_SIGNED_LINE - 2), end)) return undefined;
  const lineStart = lastLineStart(breaks, end);
  if (lineStart < 0) return undefined;
  const line = text.slice(lineStart, end);
  const m = /^[ \t>-]*(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?[ \t.,]*$/u.exec(line);
  if (!m) return undefined;
  const given = m[1].toLowerCase();
  const f = lex.flags(given);
  if ((f & WORD_FLAG.first) === 0 || (f & (WORD_FLAG.common | WORD_FLAG.ambiguous | WORD_FLAG.nonName | WORD_FLAG.closed)) !== 0) return undefined;
  if (m[2]) {
    const f2 = lex.flags(m[2].toLowerCase());
    if ((f2 & (WORD_FLAG.closed | WORD_FLAG.nonName)) !== 0 || ((f2 & WORD_FLAG.common) !== 0 && (f2 & WORD_FLAG.last) === 0)) return undefined;
  }
  const start = lineStart + line.indexOf(m[1]);
  const stop = m[2] ? lineStart + line.lastIndexOf(m[2]) + m[2].length : start + m[1].length;
  return { start, end: stop, confidence: 0.7, reason: 'signed on the last line' };
}
