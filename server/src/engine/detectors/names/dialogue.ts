// Speakers of a written dialogue: "Ubul: What a wife.\nNicola: Remember me?", "luis: \"who are you?\"\ncarol: ...".
// Two or more lines open with a one-word label and a colon, and at least one label is a distinctive given name:
// then the other labels are speakers too, even unknown words ("Ubul", "Halldór"). Notes open lines with section
// headers instead ("Neuro:", "Plan:", "Soc:"), which are clinical or everyday words and never all of that kind.
import type { NameHit } from './hit';
import { WORD_FLAG } from './lexiconFlags';
import type { Token } from './tokens';
import { everyday, has, surnameShaped, type CaseMode } from './tokenFacts';

const SPEAKER_CONFIDENCE = 0.75;
const NOT_A_SPEAKER = WORD_FLAG.closed | WORD_FLAG.nonName;

/** Token index of each line-opening "Label:" (one word, then a colon not starting a time such as "10:30"). */
function labels(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(i === 0 ? /^[ \t>]*$/.test(t.gap) : /\n[ \t>]*$/.test(t.gap))) continue;
    let k = t.end;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k >= text.length || text.charCodeAt(k) !== 58) continue; // ':'
    const c = k + 1 < text.length ? text.charCodeAt(k + 1) : 0;
    if (c >= 48 && c <= 57) continue;
    out.push(i);
  }
  return out;
}

function distinctiveGivenName(t: Token): boolean {
  return has(t, WORD_FLAG.first) && !everyday(t) && !has(t, WORD_FLAG.ambiguous) && !has(t, NOT_A_SPEAKER);
}

function speakerShaped(t: Token, mode: CaseMode): boolean {
  if (t.lower.length < 2 || t.possessive || has(t, NOT_A_SPEAKER)) return false;
  if (mode === 'mixed' ? t.shape !== 'cap' : mode === 'lower' ? t.shape !== 'lower' : t.shape !== 'upper') return false;
  // an everyday word is a header ("Answer:", "Note:") unless it is a given name too ("Destiny:", "Amber:")
  return !everyday(t) || has(t, WORD_FLAG.first) || (mode !== 'mixed' && surnameShaped(t));
}

/** Hits for the speakers of a dialogue (none when the text is no dialogue). */
export function dialogueSpeakers(text: string, tokens: Token[], mode: CaseMode, lower: string = text): NameHit[] {
  // (searched in the lower case, a flat string: line breaks and colons are where the text has them)
  if (lower.indexOf('\n') < 0 || lower.indexOf(':') < 0) return [];
  const found = labels(text, tokens);
  if (found.length < 2) return [];
  const speakers = found.filter((i) => speakerShaped(tokens[i], mode));
  if (speakers.length < 2 || !speakers.some((i) => distinctiveGivenName(tokens[i]))) return [];
  // most labels must look like speakers: a note with one given name among its headers is no dialogue
  if (speakers.length * 3 < found.length * 2) return [];
  return speakers.map((i) => ({ start: tokens[i].start, end: tokens[i].end, confidence: SPEAKER_CONFIDENCE, reason: 'speaker in a dialogue' }));
}
