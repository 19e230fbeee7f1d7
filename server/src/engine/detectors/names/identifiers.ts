// Structural texts are written by the skill's author and are full of product words and identifiers: titles are in
// Title Case ("Document Employee Illness", "Fallback"), skill names are often CamelCase ("PlanBot"), entity values
// and synonyms are single words ("Afrobeat"). There, capitalisation is no evidence of a person; a known given or
// family name still is ("Ramesh" as an entity value is a person, and IBM's guidance says to keep it out).
import type { Role } from '../../types';
import { nameLexicon } from './lexicon';
import { NAME_FLAGS } from './lexiconFlags';

/** Titles and names of skill parts: a hit without a known name word becomes a hint. */
const TITLE_ROLES: ReadonlySet<Role> = new Set<Role>(['skill-name', 'intent-name', 'entity-name', 'dialog-title', 'action-title', 'variable-title']);
/** Entity values and synonyms: one unknown word filling the value is reported as info (people entities exist). */
const VALUE_ROLES: ReadonlySet<Role> = new Set<Role>(['entity-value', 'synonym']);

export const TITLE_CAP = 0.45;
export const VALUE_CAP = 0.5;

// A capital right after a lower-case letter inside a word ("PlanBot", "ExposedEmployees") marks an identifier,
// except after the prefixes of real family and given names (McDonald, MacArthur, DeShawn, LaToya, DiCaprio, VanDyke).
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
const NAME_PREFIX_HUMP = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|St|Ja|Ke|Sha|Ty)\p{Lu}\p{Ll}+$/u;

/** True when a word is written like a code identifier (camelCase / PascalCase with more than a name prefix). */
export function isCamelIdentifier(word: string): boolean {
  return CAMEL_HUMP.test(word) && !NAME_PREFIX_HUMP.test(word);
}

function isDictionaryName(word: string): boolean {
  return (nameLexicon().flags(word.toLowerCase()) & NAME_FLAGS) !== 0;
}

/** Whether structuralCap may answer other than `undefined`: most hits are part of a free text (nothing to check). */
export function capMayApply(role: Role | undefined, wholeText: boolean): boolean {
  return wholeText || (role !== undefined && TITLE_ROLES.has(role));
}

/**
 * How far a name hit in a structural text may be trusted: `0` drops it (identifier-shaped words), a number caps its
 * confidence, `undefined` leaves it as the scanner scored it. `wholeText`: the hit is all of the text.
 */
export function structuralCap(hit: string, role: Role | undefined, wholeText: boolean): number | undefined {
  if (!capMayApply(role, wholeText)) return undefined;
  const words = hit.split(/\s+/).filter((w) => w.length > 0);
  if (wholeText && words.some(isCamelIdentifier)) return 0;
  if (!role) return undefined;
  if (TITLE_ROLES.has(role)) {
    if (words.some(isCamelIdentifier)) return 0;
    return words.some(isDictionaryName) ? undefined : TITLE_CAP;
  }
  if (VALUE_ROLES.has(role) && wholeText && words.length === 1 && !isDictionaryName(words[0])) return VALUE_CAP;
  return undefined;
}
