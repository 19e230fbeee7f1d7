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
import { W_CLINICAL, W_FACILITY, W_HEALTH, W_HOME, W_MOVE, wordClasses } from './wordClasses';

const FACILITY = new Set(['hospital', 'hosp', 'hosp.', 'hospitals', 'rehab', 'memorial', 'clinic', 'infirmary', 'sanatorium']);
/** Facility words that belong to the name itself ("Sacred Heart Memorial", "Baltimore Rehab"). */
const NAMED_FACILITY = new Set(['memorial', 'rehab']);
/** Everyday words that often name hospitals ("Holy Cross", "Sacred Heart", "Good Samaritan"). */
const HOSPITAL_NAME_WORDS = new Set('holy sacred heart cross mercy good samaritan saint st st. mary mary\'s grace providence hope union christ angels lady sinai'.split(' '));
const FACILITY_PAIRS = [['medical', 'center'], ['medical', 'centre'], ['med', 'center'], ['nursing', 'home'], ['nursing', 'agency'], ['health', 'center']];
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
  /(?:^|[^a-z/])(?:(?:transferr?ed|transfer|trans|admitted|adm|arrived|presented|referred|medflighted|flown|transported|discharged|d\/c'?d)(?: \w+){0,2}? (?:to|at|from)|(?:sent|taken|came|went|go|going) (?:back )?to|(?:came|admitted) into|(?:accepted|screened) (?:by|at|to))(?: the)? ?$/;
/** Cues after which a lower-case word may be a place: the patient moved there (not "sent to CT"). */
/** "at GH", "@ Holy Cross": only an acronym or a hospital-style name counts after a bare "at". */
const AT_CUE = /(?:^|[^a-z])(?:at|@)(?: the)? ?$/;
const STRONG_MOVE = /(?:transferr?ed|transfer|admitted|arrived|presented|came|referred|medflighted|flown)(?: \w+){0,2}? (?:to|from|into|at)(?: the)? ?$/;
const LIVES_IN = /(?:^|[^a-z])(?:lives?|living|resides?)\b[^.\n;]{0,30}? in ?$/;
const HOME_CUE = /(?:^|[^a-z])(?:lives?|lived|living|resides?|resided|home|vacationing|vacation|visiting|moved)(?: \w+){0,2}? (?:in|from|to|at)(?: the)? ?$/;
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
  // A facility word, a home cue with its preposition, or a move cue in clinical text (clinical words or a health
  // term); one word-hash scan shared with the other place detectors rules out the rest.
  quickCheck(lower: string): boolean {
    const w = wordClasses(lower);
    return (w & (W_FACILITY | W_HOME)) !== 0 || ((w & (W_CLINICAL | W_HEALTH)) !== 0 && ((w & W_MOVE) !== 0 || lower.includes('@')));
  },
  detect(text: string, ctx: DetectContext): Detection[] {
    const clinical = CLINICAL.test(ctx.lower) || findTerms(ctx.lower).length > 0;
    const spans = findPlaces(text, ctx.lower, clinical);
    if (spans.length === 0) return [];
    return spans.map((s) => ({
      detectorId: 'location',
      entity: 'LOCATION',
      category: clinical ? 'phi' : 'pii',
      start: s.start,
      end: s.end,
      confidence: clinical ? s.confidence : Math.min(s.confidence, 0.4),
      severity: clinical ? (s.confidence >= 0.7 ? 'warning' : 'info') : 'hint',
      reason: s.reason,
    }));
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
function findPlaces(text: string, lower: string, clinical: boolean): Place[] {
  const tokens = tokenize(text);
  const lex = nameLexicon();
  const caseless = !tokens.some((t) => t.shape === 'cap' && !t.sentenceStart) || tokens.filter((t) => t.shape === 'upper').length > tokens.length / 2;
  const out: Place[] = [];
  const taken = (s: number, e: number) => out.some((p) => s < p.end && p.start < e);
  const nameWord = (t: Token) => !CLOSED.has(t.lower) && !UNITS.has(t.lower.replace(/\.$/, '')) && !/^\d/.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // 1. "<Name> Hospital", "<Name> Medical Center".
    const pair = FACILITY_PAIRS.some((p) => t.lower === p[0] && tokens[i + 1]?.lower === p[1]);
    if (FACILITY.has(t.lower) || pair) {
      let j = i;
      while (j > 0 && i - j < 3) {
        const prev = tokens[j - 1];
        if (!/^[ \t-]{1,2}$/.test(tokens[j].gap)) break;
        if (GENERIC.has(prev.lower) || !nameWord(prev) || FACILITY.has(prev.lower) || (lex.nonName.has(prev.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower))) break;
        if (!caseless && prev.shape === 'lower') break;
        if ((caseless || prev.sentenceStart) && isEveryday(lex, prev.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower)) break;
        if (prev.lower.length < 2 || prev.shape === 'initial') break;
        if (caseless && NAMED_FACILITY.has(t.lower) && !HOSPITAL_NAME_WORDS.has(prev.lower) && !lex.last.has(prev.lower) && !lex.first.has(prev.lower)) break;
        j--;
      }
      // (a facility word that starts the text has no name before it)
      const last = j < i ? (NAMED_FACILITY.has(t.lower) ? t.end : tokens[i - 1].end) : -1;
      if (j < i && !taken(tokens[j].start, last)) {
        out.push({ start: tokens[j].start, end: last, confidence: 0.8, reason: 'name of a hospital or care facility' });
      }
      continue;
    }
    // 2. "transferred to GH", "arrived from Kernan", "accepted by St. Agnes"; 3. "lives in Catonsville".
    // Every cue ends in a preposition right before the word (the cue regexes run only then).
    if (!prepositionBefore(lower, t.start)) continue;
    const before = lower.slice(Math.max(0, t.start - 40), t.start);
    let move = clinical && MOVE_CUE.test(before);
    const home = !move && (HOME_CUE.test(before) || LIVES_IN.test(before));
    if (clinical && !move && !home && AT_CUE.test(before)) {
      const nx = tokens[i + 1];
      // Hospital acronyms end in H, MC or HC ("GH", "GBMC", "UMMC"); "at MN" (midnight), "at RN" are not places.
      const acronymAt = t.shape === 'upper' && /^[A-Z]{1,3}(?:H|MC|HC)$/.test(t.text) && !UNITS.has(t.lower) && !lex.nonName.has(t.lower) && !caseless;
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

const CUE_PREPOSITIONS = new Set(['to', 'at', 'from', 'into', 'by', 'in']);

/** "to |", "at the |", "@|": the word before `start` (after an optional space and "the") is a cue preposition. */
function prepositionBefore(lower: string, start: number): boolean {
  let e = start;
  if (lower.charCodeAt(e - 1) === 32) e--;
  if (e >= 4 && lower.startsWith(' the', e - 4)) {
    e -= 4;
    if (lower.charCodeAt(e - 1) === 32) return false; // "to  the" has two spaces: no cue regex allows that
  }
  if (lower.charCodeAt(e - 1) === 64) return true; // @
  let s = e;
  while (s > 0 && lower.charCodeAt(s - 1) >= 97 && lower.charCodeAt(s - 1) <= 122) s--;
  return e - s >= 2 && e - s <= 4 && CUE_PREPOSITIONS.has(lower.slice(s, e));
}

function isEveryday(lex: ReturnType<typeof nameLexicon>, word: string): boolean {
  const w = word.replace(/\.$/, '');
  return lex.common.has(w) || CLOSED.has(w);
}
