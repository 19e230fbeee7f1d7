// First-person (or family) health disclosures: "I was diagnosed with ...", "I'm on metformin",
// "my son has autism", "my HIV test came back positive". A bare symptom ("I have a headache") is not one.
import type { HealthKind, TermHit } from './terms';

const FILLER =
  "(?:(?:a|an|the|my|his|her|some|severe|mild|moderate|chronic|acute|early|late|stage \\w+|type \\w+|terminal|advanced|rare|bad|really|pretty|serious|recurring|recurrent|early-onset|early onset|been|having|had|with|for|of|on|daily|weekly|\\d+ ?mg(?: of)?)\\s+)*";

const RELATIVE =
  '(?:son|daughter|wife|husband|partner|mother|mom|mum|father|dad|brother|sister|child|kid|baby|boyfriend|girlfriend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|fianc[eé]e?|twins?|children|kids|parents?)';

interface Rule {
  re: RegExp;
  kinds: HealthKind[];
  reason: string;
}

const RULES: Rule[] = [
  {
    re: new RegExp(`\\b(?:diagnosed|tested positive|test(?:ed)? came back positive|screened positive)\\s+(?:with|for)\\s+${FILLER}$`),
    kinds: ['condition', 'symptom', 'status', 'procedure', 'medication'],
    reason: 'diagnosis disclosed',
  },
  {
    re: new RegExp(`\\b(?:i have|i've got|i have got|i've|i had|i got|i suffer from|i'm suffering from|i am suffering from|i'm living with|i am living with|i live with|i'm recovering from|i am recovering from|i was treated for|i'm being treated for|i am being treated for|i struggle with|i survived|i beat|i'm a|i am a)\\s+${FILLER}$`),
    kinds: ['condition', 'procedure'],
    reason: 'first-person disclosure',
  },
  {
    re: new RegExp(`\\b(?:i'm on|i am on|im on|i'm taking|i am taking|i take|i've been taking|i have been taking|i was prescribed|i've been prescribed|i am prescribed|i'm prescribed|i started|i stopped taking|i need|i ran out of|i'm out of|my)\\s+${FILLER}$`),
    kinds: ['medication'],
    reason: 'first-person medication',
  },
  {
    re: new RegExp(`\\bmy ${RELATIVE}(?:'s)?\\s+(?:has|had|have|was diagnosed with|were diagnosed with|has been diagnosed with|is on|are on|takes|is taking|suffers from|is suffering from|is being treated for|got|needs|is having|is recovering from|is living with|lives with)\\s+${FILLER}$`),
    kinds: ['condition', 'medication', 'procedure'],
    reason: "a relative's health disclosed",
  },
  {
    re: new RegExp(`\\b(?:i'm|i am|im|i was|i've been|i have been|i became|i got|my ${RELATIVE} (?:is|was|are|were))\\s+${FILLER}$`),
    kinds: ['status'],
    reason: 'first-person health status',
  },
];

const RESULT_AFTER = /^\s+(?:test\s+|tests\s+|results?\s+|screening\s+)?(?:came back|was|is|were|are|result(?:s)? (?:came|were|was|is))\s+(?:\w+\s+)?(?:positive|negative|abnormal|reactive|confirmed)/;

export interface Disclosure {
  start: number;
  end: number;
  reason: string;
}

/** Terms in `lower` that are disclosed about the writer or their family. */
export function findDisclosures(lower: string, terms: TermHit[]): Disclosure[] {
  const out: Disclosure[] = [];
  for (const t of terms) {
    let from = Math.max(0, t.start - 80);
    const cut = Math.max(lower.lastIndexOf('.', t.start - 1), lower.lastIndexOf('!', t.start - 1), lower.lastIndexOf('?', t.start - 1), lower.lastIndexOf('\n', t.start - 1));
    if (cut + 1 > from) from = cut + 1;
    const before = lower.slice(from, t.start).replace(/’/g, "'");
    let reason: string | undefined;
    for (const r of RULES) {
      if (r.kinds.includes(t.kind) && r.re.test(before)) {
        reason = r.reason;
        break;
      }
    }
    if (!reason && /\bmy\s+(?:\w+\s+){0,2}$/.test(before) && RESULT_AFTER.test(lower.slice(t.end, t.end + 60))) reason = 'test result disclosed';
    if (reason) out.push({ start: t.start, end: t.end, reason });
  }
  return out;
}
