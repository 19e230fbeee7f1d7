// Words the location detector's prefilter looks for (see wordClasses.ts): facility words, home cues and clinical
// words. A text without any of them (and without a health term) holds no place this detector reports.

export const LOCATION_WORDS = {
  facility: ['hospital', 'hosp', 'hospitals', 'rehab', 'memorial', 'clinic', 'infirmary', 'sanatorium', 'medical', 'nursing'],
  home: ['lives', 'live', 'lived', 'living', 'resides', 'reside', 'resided', 'residing', 'home', 'vacationing', 'vacation', 'visiting', 'moved'],
  /** The words that make a text clinical for the detector (its CLINICAL regex), "s/p" as "s" + "p" aside. */
  clinical: ['pt', 'patient', 'admitted', 'hospital', 'hosp', 'icu', 'micu', 'ccu', 'dx', 'hx', 'mg', 'iv', 'bp', 'hr', 'nursing', 'physician', 'dr', 'md', 'rn', 'med', 'meds', 'surgery', 'ekg', 'cath', 'rehab'],
  /** Move cues (MOVE_CUE, AT_CUE) and place prepositions: in clinical text they lead to where a patient was. */
  move: [
    'transferred', 'transfered', 'transfer', 'trans', 'admitted', 'adm', 'arrived', 'presented', 'referred', 'medflighted', 'flown',
    'transported', 'discharged', 'd', 'sent', 'taken', 'came', 'went', 'go', 'going', 'accepted', 'screened', 'at',
    'tx', 'arrival', 'presenting', 'brought', 'amb', 'ems', 'ambulance', 'enroute', 'come',
  ],
  /** Prepositions before a town, hospital initials, a saint's hospital or a ward (need clinical words). */
  placePrepositions: ['in', 'from', 'to', 'of', 'near', 'outside', 'around', 'into', 'by', 'on', 'per', 'transfer'],
};
