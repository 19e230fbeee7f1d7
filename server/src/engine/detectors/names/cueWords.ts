// The words a cue phrase ends with (cues before a candidate) or starts with (cues after it), so that a cue regex runs
// only where the word next to the candidate is one of them (a few per text instead of every regex per candidate).
// Words here are runs of ASCII letters a-z: "i'm" ends with "m", "pa-c" starts with "pa", "fiancée" ends with "e".
// test/unit/detectors/names-cues.test.ts checks that the sets let through every match of the regexes in ./cues.ts.

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** Each word and its plural with -s (the relation regex ends in `s?`). */
function withPlural(list: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words(list)) {
    out.add(w);
    out.add(`${w}s`);
  }
  return out;
}

/** Last words of the strong name cue phrases ("my name is", "booked under the name of", "signed"). */
export const STRONG_LAST = words(`
  is s are name names surname surnames was be him her them it me by of under for
  patient signed sincerely regards person cardholder holder beneficiary payee recipient to employee`);

/** Last words of the introductions ("hi", "thank you", "i'm", "speak with"). */
export const INTRODUCTION_LAST = words(`
  hi hello hey dear thanks you said says asked told replied at gave given thanked met married hugged kissed to
  starring by featuring feat m am im is s meet named called as for with`);

/** Greetings in other languages ("hola", "bonjour"; "olá" and "cześć" end beyond ASCII). */
export const GREETING_LAST = words('hola hallo bonjour bonsoir coucou ciao salut hej hei hoi servus moin merhaba ahoj witam zdravo namaste');

/** Last words of the relation and role words, with their plurals ("wife's" ends in "s", "fiancée" in "e"). */
export const RELATION_LAST = withPlural(`
  husband hus wife son daughter dau dtr mother mom father dad brother sister niece nephew aunt uncle cousin grandson
  granddaughter grandmother grandfather friend boyfriend girlfriend fiance fiancee e partner spouse proxy caseworker
  manager worker attending resident intern fellow surgeon physician pcp nurse coordinator chaplain therapist
  pharmacist colleague boss neighbor neighbour landlord tenant child kid baby s`);

/** Last words of the work cues ("a song by", "the early"); "by ex-Doors" ends in any word after a hyphen. */
export const WORK_LAST = words('by early late young later period');

/** Last words of the weak cues ("for", "with", "cheers"). */
export const WEAK_LAST = words('for with from cheers bye goodbye by and to tell ask love per');

/** First words of the work cues after a name ("the Castro novel"). */
export const WORK_FIRST = withPlural(`
  novel book film movie version album song biography memoir play poem painting recording documentary opera symphony
  trilogy saga sonata concerto sculpture portrait lyrics`);

/** First words of professional suffixes ("Patricia Nolan, RN"; "pa-c" starts with "pa"). */
export const SUFFIX_FIRST = words('rn rrt crt np md pa lpn lvn cna msw licsw rph pharmd phd dds bsn msn aprn crna');

/** First words of the strong cues after a name ("is my name", "party of"); "reservation" and "booking" as prefixes. */
export const STRONG_FIRST = words('is party table');
export const STRONG_FIRST_PREFIXES = ['reservation', 'booking'];

/** First words of "speaking", an address ("Mark, can you") or a personal verb ("Alba lives"). */
export const SPEAKER_FIRST = words(`
  speaking can could would will please thank thanks do did are have how what where when why i you said says told
  asked shouted replied smiled laughed lives lived spent began had gave is visited phoned came in called was grew
  works worked studied wrote sang loves wants thinks aware`);

/** First words of a verb after its subject ("Mark is", "Ana and I"). */
export const SUBJECT_FIRST = words('is was has had will said says told asked and who wants called replied thinks lives works');

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
