// Phrases around a candidate that say "what follows/precedes is a person's name".
// Matched on the lower-cased text just before (or after) the candidate.

import { atEnd, type EndMatcher } from './atEnd';

export type CueStrength = 'strong' | 'medium' | 'weak';

export interface Cue {
  strength: CueStrength;
  reason: string;
}

/** Reason of the work cues ("the Castro novel", "a song by Kleist"): a name used to name a work. */
export const WORK_REASON = 'author or artist of a work';
const WORK_CUE: Cue = { strength: 'medium', reason: WORK_REASON };

// Each pattern must end exactly where the candidate starts (only spaces, ':' or ',' between).
const BEFORE: { re: EndMatcher; cue: Cue }[] = [
  {
    re: atEnd(/(?:\bmy (?:full |first |last |sur)?names?(?: is|'s| are|:)|\bname(?:'s| is| was| will be| should be| would be)|\bnames? (?:is|are) |\bnamed (?:him|her|them|it|me)|\bcalls? me|\bcalled me|\bgo(?:es)? by|\bin (?:the )?names? of|\bunder (?:the |my )?names?(?: of)?|\b(?:booked|reserved|listed|made|booking|reservation|table) (?:under|for)(?: the name(?: of)?)?|\b(?:it's|it is|is) under(?: the name(?: of)?)?|\b(?:on|by|with|for) the names?(?: of)?|\bname\s*:|\bname\?|\bfull name|\bsurname|\bfirst name|\blast name|\bmaiden name|\bpatient name|\bpatient\s*:|\bpt name|\bsigned|\bsincerely|\bregards|\bcontact person|\bcardholder|\baccount holder|\bbeneficiary|\bpayee|\brecipient|\bchange it to|\bemployee)\s*[:,-]?\s*$/),
    cue: { strength: 'strong', reason: 'after a name cue phrase' },
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:hi|hello|hey|dear|thanks|thank you|said|says|asked|told|replied|shouted at|gave|given|thanked|met|married|hugged|kissed|according to|starring|directed by|written by|featuring|feat\.|i'm|i’m|i am|im|this is|it's|it’s|it is|here is|here's|meet|named|called|known as|ask for|speak (?:to|with)|talk (?:to|with)|spoke (?:to|with)|talked (?:to|with))\s*[:,-]?\s*$/u),
    cue: { strength: 'medium', reason: 'after an introduction' },
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:(?:husband|hus|wife|son|daughter|dau|dtr|mother|mom|father|dad|brother|sister|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|friend|boyfriend|girlfriend|fianc[ée]e?|partner|spouse|proxy|caseworker|case manager|social worker|attending|resident|intern|fellow|surgeon|physician|pcp|nurse|coordinator|chaplain|therapist|pharmacist|manager|colleague|boss|neighbou?r|landlord|tenant|child|kid|baby|wife's|husband's)s?)\s*[:,-]?\s*$/u),
    cue: { strength: 'medium', reason: 'after a relation or role word' },
  },
  {
    // "a song by Kleist", "the album by ex-Zombie Sedej", "the early Ström": an author or artist named by the work.
    re: atEnd(/(?:^|[^\p{L}])(?:(?:(?:song|songs|album|track|record|single|book|novel|film|movie|painting|poem|play|essay|article|biography|memoir|opera|symphony|story|stories|sculpture|photograph|lyrics) (?:written |directed |painted |composed |recorded |sung |performed )?by(?: (?:ex|former)-\p{L}+)?)|(?:than|like|of|the|from|by) (?:early|late|young|later|middle-period))\s*$/u),
    cue: WORK_CUE,
  },
  {
    re: atEnd(/(?:^|[^\p{L}])(?:for|with|from|cheers|bye|goodbye|by|and|to|tell|ask|love|per|w\/)\s*[:,-]?\s*$/u),
    cue: { strength: 'weak', reason: 'after a greeting or preposition' },
  },
];

const AFTER: { re: RegExp; cue: Cue }[] = [
  {
    // "the Castro novel", "The Ansel Brandt version of the song".
    re: /^[ \t]+(?:novels?|books?|films?|movies?|versions?|albums?|songs?|biography|memoirs?|plays?|poems?|paintings?|recordings?|documentary|operas?|symphony|trilogy|saga|sonatas?|concertos?|sculptures?|portraits?|lyrics)\b/,
    cue: WORK_CUE,
  },
  {
    // Signatures in notes: "Patricia Nolan, RN", "DAN A. FORMAN-LYONS, RRT".
    re: /^[ \t]*[,/-]?[ \t]*(?:(?:rn|rrt|crt|np|md|pa-c|lpn|lvn|cna|msw|licsw|rph|pharmd|phd|dds|bsn|msn|aprn|crna)\b\.?[ \t]*(?:\n|$)|(?:md|rn|np|pa|rrt|crt)\b\.?\s+(?:in|into|to|aware|notified|plans|performed|called|at|here|saw|evaluated|ordered|wants|will|placed|came))/,
    cue: { strength: 'strong', reason: 'signature with a professional suffix' },
  },
  {
    re: /^\s*[,-]?\s*(?:is (?:what you can call me|my (?:first |last |full |sur)?name|the name)|party of|table for|reservation|booking)/,
    cue: { strength: 'strong', reason: 'before "speaking"/"here"' },
  },
  {
    re: /^\\?(?:'s|’s) (?:daughter|son|wife|husband|mother|father|sister|brother|friend|phone|email|number|account|birthday)/,
    cue: { strength: 'medium', reason: 'possessive of a relation' },
  },
  {
    re: /^(?:\s*[,-]?\s*speaking\b|\s*:\s*["“\\]|\s*,\s+(?:can|could|would|will|please|thank|thanks|do|did|are|have|how|what|where|when|why|i'm|i am|i've|you)\b|\s+(?:said|says|told|asked|shouted|replied|smiled|laughed|lives|lived|spent|began|had given|gave|is a (?:very )?\w+ (?:person|man|woman|guy|girl|listener)|is (?:very|so|really) \w+|began|shouted at|spent (?:a|the|two|three|\d+)|visited|phoned|came in to|in to visit|called (?:once|twice|today|tonight|this|last|again|back|early|late|to ask|for an update)|was born|grew up|is from|works|worked|studied|wrote|sang|loves|wants|thinks|aware)\b)/,
    cue: { strength: 'medium', reason: 'speaker, addressee or subject of a personal verb' },
  },
  {
    re: /^\s*[,]?\s*(?:is|was|has|had|will|said|says|told|asked|and i|who|wants|called|replied|thinks|lives|works)\b/,
    cue: { strength: 'weak', reason: 'subject of a verb' },
  },
];

/** The work cue ends in "by", "early", "late", "young", "later" or "middle-period": a cheap test first. */
function mayEndWorkCue(lowerBefore: string): boolean {
  let e = lowerBefore.length;
  while (e > 0 && lowerBefore.charCodeAt(e - 1) <= 32) e--;
  const c = lowerBefore.charCodeAt(e - 1);
  // y: by, early; r: later; e: late; d: middle-period; g: young; or a hyphen ("by ex-zombie")
  return c === 121 || c === 114 || c === 101 || c === 100 || c === 103 || lowerBefore.lastIndexOf('-', e) > e - 24;
}

export function cueBefore(lowerBefore: string): Cue | undefined {
  for (const c of BEFORE) {
    if (c.cue === WORK_CUE && !mayEndWorkCue(lowerBefore)) continue;
    if (c.re.test(lowerBefore)) return c.cue;
  }
  return undefined;
}

export function cueAfter(lowerAfter: string): Cue | undefined {
  for (const c of AFTER) if (c.re.test(lowerAfter)) return c.cue;
  return undefined;
}
