// Names glued to a relation word by a hyphen in notes: "SOCIAL:DAUGHTER-KRISSY---301 ...", "wife-Joellen in to
// visit". The tokenizer keeps hyphenated words whole ("Forman-Lyons"), so the relation and the name share a token.
import type { NameHit } from './hit';
import { WORD_FLAG } from './lexiconFlags';
import type { NameLexicon } from './lexicon';
import type { Token } from './tokens';
import type { CaseMode } from './tokenFacts';

const RELATIONS = new Set(
  ('husband wife son daughter dau dtr mother mom father dad brother sister niece nephew aunt uncle cousin grandson ' +
    'granddaughter grandmother grandfather friend boyfriend girlfriend partner spouse proxy').split(' '),
);
const GLUED_CONFIDENCE = 0.75;
const NOT_A_NAME = WORD_FLAG.closed | WORD_FLAG.nonName;

/** Hits for the name part of "relation-Name" tokens. */
export function gluedRelationNames(tokens: Token[], lex: NameLexicon, mode: CaseMode): NameHit[] {
  const out: NameHit[] = [];
  for (const t of tokens) {
    const dash = t.lower.indexOf('-');
    if (dash < 2 || dash !== t.lower.lastIndexOf('-') || !RELATIONS.has(t.lower.slice(0, dash))) continue;
    const name = t.text.slice(dash + 1).replace(/\.$/, '');
    if (name.length < 3) continue;
    const first = name.charCodeAt(0);
    const capital = name[0] !== name[0].toLowerCase();
    // the name part is written like a name: capitalised in mixed-case text, in capitals in notes written so
    if (!capital || (mode === 'mixed' && name.slice(1) === name.slice(1).toUpperCase()) || first < 65) continue;
    const f = lex.flags(name.toLowerCase());
    if ((f & NOT_A_NAME) !== 0) continue;
    if ((f & WORD_FLAG.common) !== 0 && (f & WORD_FLAG.first) === 0) continue;
    const start = t.start + dash + 1;
    out.push({ start, end: start + name.length, confidence: GLUED_CONFIDENCE, reason: 'after a relation word' });
  }
  return out;
}
