// A compact curated list of health terms, written for this project (no npm package with a usable licence
// was found: the maintained medical word list on the registry is GPL-3.0). Lower case; multi-word terms allowed.
// Kinds decide what counts as a disclosure: a symptom alone ("I have a headache") is not one.

export type HealthKind = 'condition' | 'symptom' | 'medication' | 'procedure' | 'status';

const CONDITIONS =
  'diabetes|type 1 diabetes|type 2 diabetes|prediabetes|hiv|aids|hepatitis|hepatitis b|hepatitis c|cancer|breast cancer|' +
  'prostate cancer|lung cancer|skin cancer|leukemia|leukaemia|lymphoma|melanoma|tumor|tumour|carcinoma|sarcoma|' +
  'autism|adhd|dyslexia|depression|clinical depression|anxiety disorder|panic disorder|bipolar|bipolar disorder|' +
  'schizophrenia|ptsd|ocd|eating disorder|anorexia|bulimia|dementia|alzheimer|alzheimers|alzheimer\'s|parkinson|' +
  'parkinsons|parkinson\'s|epilepsy|multiple sclerosis|cerebral palsy|down syndrome|asthma|copd|emphysema|' +
  'bronchitis|pneumonia|tuberculosis|long covid|hypertension|high blood pressure|' +
  'heart disease|heart failure|heart attack|stroke|arrhythmia|atrial fibrillation|afib|angina|coronary artery disease|' +
  'kidney disease|kidney failure|renal failure|liver disease|cirrhosis|crohn\'s|crohns|crohn\'s disease|colitis|' +
  'ulcerative colitis|ibs|celiac|coeliac|celiac disease|lupus|arthritis|rheumatoid arthritis|osteoarthritis|' +
  'osteoporosis|fibromyalgia|chronic fatigue|migraines|psoriasis|eczema|hypothyroidism|hyperthyroidism|' +
  'thyroid disease|obesity|sleep apnea|sleep apnoea|insomnia|glaucoma|cataracts|macular degeneration|hearing loss|' +
  'chlamydia|gonorrhea|gonorrhoea|syphilis|herpes|hpv|std|sti|sexually transmitted disease|addiction|alcoholism|' +
  'substance abuse|opioid addiction|drug addiction|sickle cell|sickle cell anemia|anemia|anaemia|hemophilia|' +
  'haemophilia|cystic fibrosis|muscular dystrophy|spina bifida|scoliosis|endometriosis|pcos|infertility|miscarriage|' +
  'gestational diabetes|preeclampsia|postpartum depression|concussion|traumatic brain injury|paralysis|' +
  'quadriplegia|paraplegia|amputation|blindness|deafness|mental illness|personality disorder|tourette|' +
  'tourette\'s|ebola|measles|mumps|shingles|chickenpox|mrsa|sepsis|pancreatitis|gallstones|kidney stones|gout|' +
  'hernia|ulcer|stomach ulcer|fracture|broken leg|broken arm|torn acl|disability|learning disability|autoimmune disease';

const SYMPTOMS =
  'headache|headaches|migraine|fever|flu|influenza|covid|covid-19|cold|common cold|cough|sore throat|runny nose|nausea|vomiting|diarrhea|diarrhoea|constipation|' +
  'dizziness|fatigue|rash|chest pain|back pain|stomach ache|stomachache|toothache|shortness of breath|' +
  'palpitations|swelling|sneezing|cramps|bleeding|seizure|seizures|fainting|numbness|itching|sore muscles|' +
  'joint pain|earache|blurred vision|insomnia symptoms|hot flashes|night sweats';

const MEDICATIONS =
  'metformin|insulin|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|jardiance|januvia|glipizide|lisinopril|' +
  'amlodipine|losartan|metoprolol|atenolol|propranolol|hydrochlorothiazide|furosemide|lasix|warfarin|coumadin|' +
  'eliquis|apixaban|xarelto|rivaroxaban|clopidogrel|plavix|atorvastatin|lipitor|simvastatin|rosuvastatin|crestor|' +
  'levothyroxine|synthroid|prednisone|methotrexate|humira|adalimumab|enbrel|remicade|chemotherapy|chemo|' +
  'tamoxifen|herceptin|keytruda|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|' +
  'paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|trazodone|mirtazapine|lithium|lamotrigine|' +
  'lamictal|quetiapine|seroquel|olanzapine|zyprexa|risperidone|risperdal|aripiprazole|abilify|clozapine|' +
  'haloperidol|haldol|adderall|ritalin|methylphenidate|vyvanse|concerta|xanax|alprazolam|valium|diazepam|' +
  'ativan|lorazepam|klonopin|clonazepam|ambien|zolpidem|gabapentin|neurontin|pregabalin|lyrica|tramadol|' +
  'oxycodone|oxycontin|percocet|vicodin|hydrocodone|morphine|fentanyl|codeine|methadone|suboxone|buprenorphine|' +
  'naloxone|narcan|naltrexone|antidepressants|antidepressant|antipsychotics|antiretrovirals|antiretroviral|' +
  'truvada|descovy|biktarvy|birth control|the pill|plan b|viagra|cialis|sildenafil|finasteride|propecia|' +
  'testosterone|estrogen|hormone therapy|hrt|accutane|isotretinoin|albuterol|ventolin|inhaler|epipen|' +
  'antibiotics|amoxicillin|azithromycin|ciprofloxacin|doxycycline|penicillin|valacyclovir|valtrex|acyclovir|' +
  'dialysis|insulin pump';

const PROCEDURES =
  'surgery|heart surgery|bypass surgery|open heart surgery|transplant|kidney transplant|liver transplant|' +
  'mastectomy|lumpectomy|hysterectomy|vasectomy|abortion|ivf|c-section|caesarean|cesarean|colonoscopy|' +
  'endoscopy|biopsy|mammogram|mri|ct scan|cat scan|pet scan|x-ray|ultrasound|ecg|ekg|echocardiogram|blood test|' +
  'blood work|hiv test|std test|pregnancy test|covid test|pcr test|genetic test|dna test|radiation therapy|' +
  'radiotherapy|physical therapy|physiotherapy|psychotherapy|therapy session|rehab|detox|appendectomy|' +
  'tonsillectomy|angioplasty|stent|pacemaker|knee replacement|hip replacement|gastric bypass|bariatric surgery|' +
  'cataract surgery|lasik|root canal|amniocentesis|vaccination|booster shot|flu shot';

const STATUS =
  'pregnant|diabetic|epileptic|asthmatic|autistic|bipolar|anorexic|bulimic|hiv positive|hiv-positive|' +
  'hiv negative|schizophrenic|depressed|suicidal|infertile|disabled|paralyzed|paralysed|deaf|blind|' +
  'immunocompromised|terminally ill|in remission|on dialysis|in rehab|clinically obese|alcoholic|addict';

export interface TermIndex {
  /** First word of each term -> the terms (as word arrays) starting with it, longest first. */
  byFirst: Map<string, { words: string[]; kind: HealthKind }[]>;
  /** Keys of the first three characters of every first word: most words are rejected without a substring. */
  prefixes: Set<number>;
}

function prefixKey(s: string, at: number, len: number): number {
  return (s.charCodeAt(at) << 16) | ((len > 1 ? s.charCodeAt(at + 1) : 0) << 8) | (len > 2 ? s.charCodeAt(at + 2) : 0);
}

let cached: TermIndex | undefined;

export function termIndex(): TermIndex {
  if (cached) return cached;
  const byFirst = new Map<string, { words: string[]; kind: HealthKind }[]>();
  const add = (list: string, kind: HealthKind) => {
    for (const term of list.split('|')) {
      const words = term.split(' ');
      const bucket = byFirst.get(words[0]) ?? [];
      bucket.push({ words, kind });
      byFirst.set(words[0], bucket);
    }
  };
  add(CONDITIONS, 'condition');
  add(SYMPTOMS, 'symptom');
  add(MEDICATIONS, 'medication');
  add(PROCEDURES, 'procedure');
  add(STATUS, 'status');
  const prefixes = new Set<number>();
  for (const [first, bucket] of byFirst) {
    bucket.sort((a, b) => b.words.length - a.words.length);
    prefixes.add(prefixKey(first, 0, first.length));
  }
  cached = { byFirst, prefixes };
  return cached;
}

/** Words too common to stand for a term in a prefilter ("blood" in "blood test" is, "test" is not). */
const WEAK_KEY_WORDS = new Set(
  ('the type test tests scan shot plan control common high open back long sore session in on of early onset positive negative ' +
    'disease failure pressure section illness eating chronic broken torn stomach physical replacement').split(' '),
);

/**
 * One word of every term, the least common-looking one ("diabetes" for "type 2 diabetes", "ray" for "x-ray"):
 * a text holds a term only if it holds that word, which lets a word-hash prefilter skip most texts.
 */
export function healthTermKeys(): string[] {
  const keys = new Set<string>();
  for (const list of [CONDITIONS, SYMPTOMS, MEDICATIONS, PROCEDURES, STATUS]) {
    for (const term of list.split('|')) {
      const parts = term.split(/[^a-z0-9]+/).filter((p) => p.length > 0);
      const strong = parts.filter((p) => !WEAK_KEY_WORDS.has(p) && !/^\d+$/.test(p));
      const pool = strong.length > 0 ? strong : parts;
      keys.add(pool.reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return [...keys];
}

export interface TermHit {
  start: number;
  end: number;
  kind: HealthKind;
}

const NEXT_WORD = /[^a-z0-9]*([a-z0-9]+(?:['’-][a-z0-9]+)*)/y;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45; // ' ’ -
}

/**
 * Health terms in a lower-cased text, longest match first, with exact offsets. Scans character codes and looks a
 * word up only when its first three characters start some term (no allocation for most words).
 */
export function findTerms(lower: string): TermHit[] {
  const index = termIndex();
  const hits: TermHit[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && (isWordCode(lower.charCodeAt(i)) || (isJoiner(lower.charCodeAt(i)) && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))))) i++;
    if (!index.prefixes.has(prefixKey(lower, s, i - s))) continue;
    const raw = lower.slice(s, i);
    const bucket = index.byFirst.get(raw.includes('’') ? raw.replace(/’/g, "'") : raw);
    if (!bucket) continue;
    for (const cand of bucket) {
      let end = i;
      let ok = true;
      for (let k = 1; k < cand.words.length && ok; k++) {
        NEXT_WORD.lastIndex = end;
        const m = NEXT_WORD.exec(lower);
        // Words of a term are separated by spaces only.
        if (!m || m[1].replace(/’/g, "'") !== cand.words[k] || !/^\s+$/.test(lower.slice(end, m.index + m[0].length - m[1].length))) ok = false;
        else end = m.index + m[0].length;
      }
      if (!ok) continue;
      hits.push({ start: s, end, kind: cand.kind });
      i = end;
      break;
    }
  }
  return hits;
}
