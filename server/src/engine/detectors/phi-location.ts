// Places tied to a person's care (LOCATION): hospitals and care facilities ("Calvert Hospital", "Sacred Heart
// Memorial"), where a patient was sent or came from ("transferred to GH", "arrived from Kernan"), and where someone
// lives ("lives in Catonsville"). In clinical text these are PHI (HIPAA Safe Harbor: geographic subdivisions smaller
// than a state); elsewhere only a hint, since a place alone rarely identifies anyone.
import type { Detection } from '../types';
import type { DetectContext, Detector } from './types';
import { findTerms } from './health/terms';
import { nameLexicon } from './names/lexicon';
import { tokenize, type Token } from './names/tokens';
import { FUNCTION_WORDS } from './names/words';
import { LOCATION_EXAMPLES } from './health/locationExamples';
import { W_CLINICAL, W_FACILITY, W_HEALTH, W_HOME, W_MOVE, W_PLACE_PREP, wordClasses } from './wordClasses';
import { placeAt } from './health/places';
import { UNIVERSITY_WORDS, US_STATE_PAIRS, US_STATES } from './health/states';

const FACILITY = new Set(['hospital', 'hosp', 'hosp.', 'hospitals', 'rehab', 'memorial', 'clinic', 'infirmary', 'sanatorium', 'regional', 'house']);
/** Facility words that belong to the name itself ("Sacred Heart Memorial", "Baltimore Rehab", "Laurel Regional"). */
const NAMED_FACILITY = new Set(['memorial', 'rehab', 'regional', 'house']);
/** Facility words that name a facility only after a word that is not an everyday one ("Keeley House", not "her house"). */
const WEAK_FACILITY = new Set(['regional', 'house']);
/** Everyday words that often name hospitals ("Holy Cross", "Sacred Heart", "Good Samaritan"). */
const HOSPITAL_NAME_WORDS = new Set('holy sacred heart cross mercy good samaritan saint st st. mary mary\'s grace providence hope union christ angels lady sinai'.split(' '));
/** Two-word facilities, by first word ("medical" -> center, centre, ctr). */
const FACILITY_PAIRS = new Map<string, Set<string>>([
  ['medical', new Set(['center', 'centre', 'ctr'])],
  ['med', new Set(['center', 'ctr'])],
  ['nursing', new Set(['home', 'agency'])],
  ['health', new Set(['center'])],
]);
/** First letters (a bit per a-z) of the FACILITY words and the first words of FACILITY_PAIRS. */
const FACILITY_FIRST_LETTERS = [...FACILITY, ...FACILITY_PAIRS.keys()].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);
/** The code c (a token's first lower-case code unit) starts a FACILITY word or a FACILITY_PAIRS key. */
const mayStartFacility = (c: number) => c >= 97 && c <= 122 && (FACILITY_FIRST_LETTERS & (1 << (c - 97))) !== 0;
/** Words before "hospital" that describe it rather than name it. */
const GENERIC = new Set(
  ('outside osh local other previous prior same this that the a an his her their your our my community general state ' +
    'veterans children childrens county city private public mental psychiatric rehab the teaching university ' +
    'receiving referring admitting transferring nearby another any which').split(' '),
);
/** Care units and departments: where a patient is sent inside the same hospital, not a place that identifies them. */
const UNITS = new Set(
  ('ed er ew icu micu sicu ccu csru nicu picu or pacu ir cath lab ct mri xray x-ray floor home rehab unit room bed ' +
    'dialysis radiology surgery er. ed. snf nh ltc pt ot hospice morgue vent house staff team us usa it am pm pcu ' +
    'vicu step-down stepdown telemetry tele angio cath endoscopy ep osh bb ps svt afib raf sbp sc sr ctic o.r. swan ' +
    'meds pts med hd cvvh crrt cpap bipap simv ac nsr vt vf').split(' '),
);
const MOVE_CUE =
  /(?:^|[^a-z/])(?:(?:transferr?ed|transfer|trans|tx'?d?|admitted|adm|arrived|arrival|presented|presenting|referred|medflight(?:ed)?|flown|transported|discharged|d\/c'?d|brought|amb|ems|ambulance|enroute|en route)(?: \w+){0,2}? (?:to|at|from)|(?:sent|taken|came|come|went|go|going) (?:back )?to|(?:came|admitted) into|(?:accepted|screened) (?:by|at|to))(?: the)? ?$/;
/** Cues after which a lower-case word may be a place: the patient moved there (not "sent to CT"). */
/** "at GH", "@ Holy Cross": only an acronym or a hospital-style name counts after a bare "at". */
const AT_CUE = /(?:^|[^a-z])(?:at|@)(?: the)? ?$/;
const STRONG_MOVE = /(?:transferr?ed|transfer|tx'?d?|admitted|arrived|arrival|presented|came|come|referred|medflight(?:ed)?|flown|brought|sent|taken|enroute|amb|ems)(?: \w+){0,2}? (?:to|from|into|at)(?: the)? ?$/;
// The cue phrases of LIVES_IN and HOME_CUE, which match only where a place follows (anchored at the window's end).
const LIVES_IN_PHRASE = String.raw`(?:lives?|living|resides?)\b[^.\n;]{0,30}? in`;
const HOME_CUE_PHRASE = String.raw`(?:lives?|lived|living|resides?|resided|home|vacationing|vacation|visiting|moved)(?: \w+){0,2}? (?:in|from|to|at)`;
const LIVES_IN = new RegExp(String.raw`(?:^|[^a-z])${LIVES_IN_PHRASE} ?$`);
const HOME_CUE = new RegExp(String.raw`(?:^|[^a-z])${HOME_CUE_PHRASE}(?: the)? ?$`);
/** What every HOME_CUE or LIVES_IN match holds (the phrases without the anchors: a window of the text then holds it). */
const HOME_CUE_ANYWHERE = new RegExp(`${HOME_CUE_PHRASE}|${LIVES_IN_PHRASE}`);
/** Every HOME_CUE or LIVES_IN match holds one of these. */
const HOME_STEM = /liv|resid|home|vacation|visiting|moved/g;
const CLINICAL = /\b(?:pt|patient|admitted|hospital|hosp|icu|micu|ccu|dx|hx|s\/p|mg|iv|bp|hr|nursing|physician|dr|md|rn|meds?|surgery|ekg|cath|rehab)\b/;

export const phiLocationDetector: Detector = {
  id: 'location',
  entity: 'LOCATION',
  category: 'phi',
  defaultSeverity: 'warning',
  description:
    'A hospital, care facility or town tied to a person in clinical text (where a patient was treated, sent or lives). Outside clinical text only a hint.',
  truePositives: LOCATION_EXAMPLES.truePositives,
  falsePositives: LOCATION_EXAMPLES.falsePositives,
  // A facility word, a home cue with its preposition, or a move cue or place preposition in clinical text; one
  // word-hash scan shared with the other place detectors rules out the rest. Every text quickCheck lets through
  // holds one of these classes, so the runner skips the others without calling it.
  wordClassesAny: W_FACILITY | W_HOME | W_CLINICAL | W_HEALTH,
  quickCheck(lower: string): boolean {
    const w = wordClasses(lower);
    if ((w & W_FACILITY) !== 0) return true;
    const cue = (w & W_MOVE) !== 0 || lower.includes('@');
    // towns, initials, saints and wards need clinical words; move cues also count after a health term alone
    if (((w & W_CLINICAL) !== 0 && (cue || (w & W_PLACE_PREP) !== 0)) || ((w & W_HEALTH) !== 0 && cue)) return true;
    if ((w & W_HOME) === 0) return false;
    if ((w & (W_CLINICAL | W_HEALTH)) !== 0) return true;
    // No clinical word, health term or facility word: only a place after a home cue can be found, and one of its
    // regexes then matches somewhere in the text ("med ctr" is the one facility pair the word classes do not mark).
    return HOME_CUE_ANYWHERE.test(lower) || lower.includes('ctr') || CLINICAL.test(lower);
  },
  detect(text: string, ctx: DetectContext): Detection[] {
    const clinicalWords = CLINICAL.test(ctx.lower);
    // a health term makes the text clinical too: looked up only when a candidate place asks (most texts have none),
    // and only when the word scan saw a word of a health term (every term holds one)
    let clinicalKnown: boolean | undefined = clinicalWords || ((wordClasses(ctx.lower) & W_HEALTH) === 0 ? false : undefined);
    const isClinical = () => (clinicalKnown ??= findTerms(ctx.lower).length > 0);
    const spans = findPlaces(text, ctx.lower, isClinical, clinicalWords);
    if (spans.length === 0) return [];
    const clinical = isClinical();
    // (built by push like every detector's result: a map() result has another element kind, which deoptimises
    // the runner's loop over results)
    const out: Detection[] = [];
    for (const s of spans) {
      out.push({
        detectorId: 'location',
        entity: 'LOCATION',
        category: clinical ? 'phi' : 'pii',
        start: s.start,
        end: s.end,
        confidence: clinical ? s.confidence : Math.min(s.confidence, 0.4),
        severity: clinical ? (s.confidence >= 0.7 ? 'warning' : 'info') : 'hint',
        reason: s.reason,
      });
    }
    return out;
  },
};

interface Place {
  start: number;
  end: number;
  confidence: number;
  reason: string;
}

const CLOSED = new Set(FUNCTION_WORDS);

/**
 * Facility names, and places after a move or home cue. Outside clinical text only home cues count ("lives in
 * Leipzig"): "go to Tokyo" or "transfer to Revolut" in a bank or travel bot is not about where a person is treated.
 */
function findPlaces(text: string, lower: string, isClinical: () => boolean, clinicalWords: boolean): Place[] {
  // (the lower case gives ASCII words their lower case by slicing: no toLowerCase call per capitalised word)
  const tokens = tokenize(text, lower);
  const lex = nameLexicon();
  const caseless = !tokens.some((t) => t.shape === 'cap' && !t.sentenceStart) || tokens.filter((t) => t.shape === 'upper').length > tokens.length / 2;
  const out: Place[] = [];
  const taken = (s: number, e: number) => out.some((p) => s < p.end && p.start < e);
  const nameWord = (t: Token) => !CLOSED.has(t.lower) && !UNITS.has(t.lower.replace(/\.$/, '')) && !/^\d/.test(t.text);
  // starts of home words (made on first need) and the first one that may lie in the current token's window
  let stems: number[] | undefined;
  let nextStem = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // 1. "<Name> Hospital", "<Name> Medical Center".
    // (the word lists are asked only for a token whose first letter starts one of their words)
    const facilityLetter = mayStartFacility(t.lower.charCodeAt(0));
    const pair = facilityLetter && i + 1 < tokens.length && FACILITY_PAIRS.get(t.lower)?.has(tokens[i + 1].lower) === true;
    // ("Keeley House", "Laurel Regional" only in clinical text: "a Holy house" in a chat is no care facility)
    if ((facilityLetter && FACILITY.has(t.lower) && (!WEAK_FACILITY.has(t.lower) || isClinical())) || pair) {
      let j = i;
      while (j > 0 && i - j < 3) {
        const prev = tokens[j - 1];
        if (!/^[ \t-]{1,2}$/.test(tokens[j].gap)) break;
        // "Memorial Hospital": a facility word that names the place may stand before the generic one
        if (j === i && NAMED_FACILITY.has(prev.lower) && !WEAK_FACILITY.has(prev.lower) && !NAMED_FACILITY.has(t.lower)) {
          j--;
          continue;
        }
        if (GENERIC.has(prev.lower) || !nameWord(prev) || (FACILITY.has(prev.lower) && !(NAMED_FACILITY.has(prev.lower) && j === i)) ||
          (lex.nonName.has(prev.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower) && !US_STATES.has(prev.lower))) break;
        if (!caseless && prev.shape === 'lower') break;
        const town = placeAt(tokens, j - 1) > 0;
        if ((caseless || prev.sentenceStart || WEAK_FACILITY.has(t.lower)) && isEveryday(lex, prev.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower) && !(town && !WEAK_FACILITY.has(t.lower))) break;
        if (prev.lower.length < 2 || prev.shape === 'initial') break;
        if (caseless && NAMED_FACILITY.has(t.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower) && !lex.last.has(prev.lower) && !lex.first.has(prev.lower) && !town) break;
        j--;
      }
      // (a facility word that starts the text has no name before it)
      const last = j < i ? (NAMED_FACILITY.has(t.lower) ? t.end : tokens[i - 1].end) : -1;
      if (j < i && !taken(tokens[j].start, last)) {
        out.push({ start: tokens[j].start, end: last, confidence: 0.8, reason: 'name of a hospital or care facility' });
      }
      continue;
    }
    // 8. "U Maryland", "University of Michigan": a university hospital.
    if (clinicalWords && UNIVERSITY_WORDS.has(t.lower) && (t.shape !== 'lower' || caseless)) {
      const n = universityState(tokens, i);
      if (n > 0 && !taken(t.start, tokens[i + n].end)) {
        out.push({ start: t.start, end: tokens[i + n].end, confidence: 0.7, reason: 'a university hospital' });
        i += n;
        continue;
      }
    }
    // 4. "in Catonsville", "from Seattle", "Grace of Towson": a known town or city after a place preposition in a
    // text with clinical words (a health term alone is not enough: "covid cases in Denver" is no one's PHI).
    // (the word before is read once per token; the big town index is asked only after a town preposition)
    const prep = clinicalWords ? wordBefore(lower, t.start) : '';
    if (clinicalWords && (TOWN_PREPOSITIONS.has(prep) || prep === '@')) {
      const n = placeAt(tokens, i);
      if (n > 0 && townAfterPreposition(lex, tokens, i, n, lower, caseless) && !taken(t.start, tokens[i + n - 1].end)) {
        out.push({ start: t.start, end: tokens[i + n - 1].end, confidence: 0.7, reason: 'a town or city in clinical text' });
        i += n - 1;
        continue;
      }
    }
    if (clinicalWords && !taken(t.start, t.end)) {
      // 5. Hospital acronyms ("GH", "GBMC", "UMMC") after a preposition ("seen by GBMC", "at GH") or before the
      // emergency room ("GH EW").
      if (hospitalAcronym(lex, t, caseless) && (CUE_PREPOSITIONS.has(prep) || prep === '@' || EMERGENCY.has(tokens[i + 1]?.lower ?? ''))) {
        out.push({ start: t.start, end: t.end, confidence: 0.7, reason: 'hospital named by its initials' });
        continue;
      }
      // 7. Saints' hospitals after a preposition: "return to St Mary's", "a bed @ St. Agnes".
      if ((CUE_PREPOSITIONS.has(prep) || prep === '@') && SAINT.has(t.lower)) {
        const nx = tokens[i + 1];
        // the saint's name is a name, not a word ("ST ON", "ST. No": sinus tachycardia)
        const named = nx && /^\.?[ \t]$/.test(nx.gap) && !lex.nonName.has(nx.lower) && !CLOSED.has(nx.lower) &&
          ((nx.shape === 'cap' || nx.shape === 'upper') && (!isEveryday(lex, nx.lower) || HOSPITAL_NAME_WORDS.has(nx.lower)) || (nx.shape === 'initial' && nx.text.endsWith('.')));
        if (named) {
          out.push({ start: t.start, end: nx.end, confidence: 0.7, reason: "a saint's hospital" });
          i++;
          continue;
        }
      }
      // 6. Wards: "on Quartermain 2", "transfer to Osler 5": a word of no dictionary and a small number.
      if (WARD_PREPOSITIONS.has(prep) && wardName(lex, t, lower, caseless)) {
        out.push({ start: t.start, end: t.end, confidence: 0.7, reason: 'name of a hospital ward' });
        continue;
      }
    }
    // 2. "transferred to GH", "arrived from Kernan", "accepted by St. Agnes"; 3. "lives in Catonsville".
    // Every cue ends in a preposition right before the word (the cue regexes run only then).
    if (!prepositionBefore(lower, t.start)) continue;
    const before = lower.slice(Math.max(0, t.start - 40), t.start);
    let move = isClinical() && MOVE_CUE.test(before);
    // (the home cue regexes only where a home word starts in the 40 characters they read; tokens come in order)
    stems ??= homeStems(lower);
    while (nextStem < stems.length && stems[nextStem] < t.start - 40) nextStem++;
    const stemBefore = nextStem < stems.length && stems[nextStem] < t.start;
    const home = !move && stemBefore && (HOME_CUE.test(before) || LIVES_IN.test(before));
    if (!move && !home && isClinical() && AT_CUE.test(before)) {
      const nx = tokens[i + 1];
      // Hospital acronyms end in H, MC or HC ("GH", "GBMC", "UMMC"); "at MN" (midnight), "at RN" are not places.
      // (in all-caps or all-lower-case notes the same letters count when they are no word: "at GH", "at gh")
      const acronymAt = /^[A-Za-z]{1,3}(?:H|MC|HC)$/i.test(t.text) && !UNITS.has(t.lower) && !lex.nonName.has(t.lower) &&
        (caseless ? !isEveryday(lex, t.lower) && !lex.first.has(t.lower) && !lex.last.has(t.lower) : t.shape === 'upper');
      const holyName = HOSPITAL_NAME_WORDS.has(t.lower) && !!nx && /^\.?[ \t]+$/.test(nx.gap) && (nx.shape === 'cap' || nx.shape === 'upper');
      move = acronymAt || holyName;
    }
    if (!move && !home) continue;
    if (!nameWord(t) || t.lower.length < 2) continue;
    const acronym = t.shape === 'upper' && t.text.length <= 5 && !caseless;
    // Care units are not places that identify anyone: "MICU", "TSICU", "pmicu".
    if (/(?:icu|ciu|cu|pacu)$/.test(t.lower) || (t.text.endsWith('.') && t.lower !== 'st.')) continue;
    const capital = t.shape === 'cap' || acronym || (t.shape === 'upper' && !isEveryday(lex, t.lower));
    const lowerName = t.shape === 'lower' && (STRONG_MOVE.test(before) || LIVES_IN.test(before)) && !isEveryday(lex, t.lower) && !lex.first.has(t.lower) && !lex.nonName.has(t.lower);
    // States and countries are larger than Safe Harbor's "smaller than a state"; they stay unreported.
    const knownPlace = false;
    if (lex.nonName.has(t.lower) && !knownPlace) continue;
    // "went to Harbor": in mixed-case text a capitalised everyday word after a move is a place name.
    const capitalisedWord = !caseless && t.shape === 'cap' && !t.sentenceStart && move && !UNITS.has(t.lower);
    if (!(capital && (!isEveryday(lex, t.lower) || HOSPITAL_NAME_WORDS.has(t.lower) || capitalisedWord)) && !lowerName && !knownPlace) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && /^[ \t-]{1,2}$/.test(tokens[j].gap) && nameWord(tokens[j]) &&
      (caseless ? !isEveryday(lex, tokens[j].lower) || HOSPITAL_NAME_WORDS.has(tokens[j].lower) : tokens[j].shape === 'cap' || tokens[j].shape === 'upper') &&
      !FACILITY.has(tokens[j].lower) && !lex.nonName.has(tokens[j].lower)) j++;
    // "Sacred Heart Memorial": a facility word that is part of the name ends it.
    if (j < tokens.length && NAMED_FACILITY.has(tokens[j].lower) && /^[ \t]{1,2}$/.test(tokens[j].gap)) j++;
    const end = tokens[j - 1].end;
    if (taken(t.start, end)) continue;
    out.push({ start: t.start, end, confidence: move ? 0.7 : 0.6, reason: move ? 'where a patient was sent or came from' : 'where a person lives or comes from' });
    i = j - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where a HOME_STEM starts in `lower`, in order. */
function homeStems(lower: string): number[] {
  const out: number[] = [];
  HOME_STEM.lastIndex = 0;
  for (let m = HOME_STEM.exec(lower); m !== null; m = HOME_STEM.exec(lower)) out.push(m.index);
  return out;
}

/** Tokens after tokens[i] ("U", "University") that spell "(of) <state>": their count, 0 when none. */
function universityState(tokens: Token[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.lower === 'of' && tokens[i].lower === 'university') k++;
  const w = tokens[k];
  if (!w || !/^[ \t]{1,2}$/.test(w.gap) || (w.shape === 'lower' && tokens[i].shape !== 'lower')) return 0;
  if (US_STATES.has(w.lower)) return k - i;
  const second = tokens[k + 1];
  if (second && second.gap === ' ' && US_STATE_PAIRS.get(w.lower)?.has(second.lower)) return k + 1 - i;
  return 0;
}

const CUE_PREPOSITIONS = new Set(['to', 'at', 'from', 'into', 'by', 'in']);
const EMERGENCY = new Set(['er', 'ew', 'ed']);
const SAINT = new Set(['st', 'st.', 'saint', 'ste', 'ste.']);
const WARD_PREPOSITIONS = new Set(['to', 'on', 'from', 'per', 'transfer']);
/** After a ward name: a ward number, not a dose or a reading ("on Lasix 4 mg", "Coumadin 5/2"). */
const WARD_NUMBER = /^ (?:[1-9]|1\d|20)(?![\d/:%-]|\.\d)(?! ?(?:mg|mcg|meq|ml|cc|l|units?|u|x|hrs?|hours?|days?|mins?|am|pm|liters?|lpm|g|gm|kg|times|%)\b)/;

/** Initials ending in H that name no particular place: outside/other hospital, usual state of health, chair, tech. */
const NOT_HOSPITAL_INITIALS = new Set(['oh', 'osh', 'olh', 'ooh', 'usoh', 'soh', 'ch', 'tech', 'bh', 'nh', 'rh', 'lh', 'uh', 'ah', 'eh', 'ph', 'mph', 'hh']);

function hospitalAcronym(lex: ReturnType<typeof nameLexicon>, t: Token, caseless: boolean): boolean {
  if (!/^[A-Za-z]{1,3}(?:H|MC|HC)$/i.test(t.text) || UNITS.has(t.lower) || NOT_HOSPITAL_INITIALS.has(t.lower) || lex.nonName.has(t.lower)) return false;
  return caseless ? !isEveryday(lex, t.lower) && !lex.first.has(t.lower) && !lex.last.has(t.lower) : t.shape === 'upper';
}

function wardName(lex: ReturnType<typeof nameLexicon>, t: Token, lower: string, caseless: boolean): boolean {
  if (t.lower.length < 4 || !WARD_NUMBER.test(lower.slice(t.end, t.end + 12))) return false;
  if (t.shape === 'cap' ? !/^\p{Lu}\p{Ll}+$/u.test(t.text) : t.shape !== 'upper') return false;
  if (isEveryday(lex, t.lower) || lex.first.has(t.lower) || lex.nonName.has(t.lower) || UNITS.has(t.lower)) return false;
  return findTerms(t.lower).length === 0;
}

/** Prepositions before a town: "lives in", "called from", "returned to", "daughter of", "near". */
const TOWN_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'of', 'near', 'outside', 'around', 'into']);
/** Towns that are also given names are a person after these ("spoke to Warren", "seen by Tyler"). */
const PERSON_PREPOSITIONS = new Set(['to', 'at', 'by']);

/**
 * The word before `start`, lower-cased (skipping one space and "the"), or "@". (Reads stay inside the text: a read
 * before its start deoptimises the compiled code.)
 */
function wordBefore(lower: string, start: number): string {
  let e = start;
  if (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
  if (e >= 4 && lower.startsWith(' the', e - 4)) e -= 4;
  if (e > 0 && lower.charCodeAt(e - 1) === 64) return '@';
  let s = e;
  while (s > 0 && lower.charCodeAt(s - 1) >= 97 && lower.charCodeAt(s - 1) <= 122) s--;
  return lower.slice(s, e);
}

/** A known town (tokens i..i+n-1) after a place preposition, written like a name rather than a word. */
function townAfterPreposition(lex: ReturnType<typeof nameLexicon>, tokens: Token[], i: number, n: number, lower: string, caseless: boolean): boolean {
  const t = tokens[i];
  const prep = wordBefore(lower, t.start);
  if (!TOWN_PREPOSITIONS.has(prep) && prep !== '@') return false;
  if (PERSON_PREPOSITIONS.has(prep) && (lex.first.has(t.lower) || lex.last.has(t.lower)) && n === 1) return false;
  // "in Mobile" is a town, "in mobile" or "IN MOBILE" may be the word; names of two words are towns either way
  if (n === 1 && isEveryday(lex, t.lower) && (caseless || t.shape !== 'cap' || t.sentenceStart)) return false;
  return caseless || t.shape === 'cap' || t.shape === 'upper';
}

/** "to |", "at the |", "@|": the word before `start` (after an optional space and "the") is a cue preposition. */
function prepositionBefore(lower: string, start: number): boolean {
  let e = start;
  if (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
  if (e >= 4 && lower.startsWith(' the', e - 4)) {
    e -= 4;
    if (e > 0 && lower.charCodeAt(e - 1) === 32) return false; // "to  the" has two spaces: no cue regex allows that
  }
  if (e > 0 && lower.charCodeAt(e - 1) === 64) return true; // @
  let s = e;
  while (s > 0 && lower.charCodeAt(s - 1) >= 97 && lower.charCodeAt(s - 1) <= 122) s--;
  return isCuePreposition(lower, s, e);
}

/** lower[s, e) is one of CUE_PREPOSITIONS (to, at, in, by, from, into), read in place. */
function isCuePreposition(lower: string, s: number, e: number): boolean {
  if (e - s === 2) {
    const a = lower.charCodeAt(s);
    const b = lower.charCodeAt(s + 1);
    return (a === 116 && b === 111) || (a === 97 && b === 116) || (a === 105 && b === 110) || (a === 98 && b === 121);
  }
  if (e - s !== 4) return false;
  return lower.startsWith('from', s) || lower.startsWith('into', s);
}

function isEveryday(lex: ReturnType<typeof nameLexicon>, word: string): boolean {
  const w = word.replace(/\.$/, '');
  return lex.common.has(w) || CLOSED.has(w);
}
