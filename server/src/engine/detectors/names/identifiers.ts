// Structural texts (titles, skill names, entity values, synonyms) are written by the skill's author and are full
// of product words and identifiers ("Fallback", "PlanBot", "Afrobeat"). There, a single unknown capitalised word
// that makes up the whole text is weak evidence of a person; a known given or family name ("Ramesh") still is one.
import type { Role } from '../../types';
import { nameLexicon, WORD_FLAG } from './lexicon';

const STRUCTURAL_ROLES: ReadonlySet<Role> = new Set<Role>([
  'skill-name', 'intent-name', 'entity-name', 'entity-value', 'synonym', 'dialog-title', 'action-title', 'variable-title',
]);

/** Confidence a lone unknown word keeps in a structural text: a hint, never a warning. */
const LONE_UNKNOWN_WORD_CAP = 0.45;

// A capital right after a lower-case letter inside a word ("PlanBot", "ExposedEmployees") marks an identifier,
// except after the prefixes of real family and given names (McDonald, MacArthur, DeShawn, LaToya, DiCaprio, VanDyke).
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
const NAME_PREFIX_HUMP = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|St|Ja|Ke|Sha|Ty)\p{Lu}\p{Ll}+$/u;

/** True when a word is written like a code identifier (camelCase / PascalCase with more than a name prefix). */
export function isCamelIdentifier(word: string): boolean {
  return CAMEL_HUMP.test(word) && !NAME_PREFIX_HUMP.test(word);
}

/** True when the hit is nothing but identifier-shaped words, or one unknown word filling a structural text. */
export function weakInStructuralText(hit: string, role: Role | undefined): 'drop' | 'cap' | undefined {
  const words = hit.split(/[\s]+/).filter((w) => w.length > 0);
  if (words.some(isCamelIdentifier)) return 'drop';
  if (!role || !STRUCTURAL_ROLES.has(role) || words.length !== 1) return undefined;
  const flags = nameLexicon().flags(words[0].toLowerCase());
  return (flags & (WORD_FLAG.first | WORD_FLAG.last)) === 0 ? 'cap' : undefined;
}

export { LONE_UNKNOWN_WORD_CAP };
