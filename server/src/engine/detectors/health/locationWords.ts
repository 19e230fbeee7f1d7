// Words the location detector's prefilter looks for (see wordClasses.ts): facility words, home cues and clinical
// words. A text without any of them (and without a health term) holds no place this detector reports.

export const LOCATION_WORDS = {
  facility: ['hospital', 'hosp', 'hospitals', 'rehab', 'memorial', 'clinic', 'infirmary', 'sanatorium', 'medical', 'nursing'],
  home: ['lives', 'live', 'lived', 'living', 'resides', 'reside', 'resided', 'residing', 'home', 'vacationing', 'vacation', 'visiting', 'moved'],
  clinical: [
    'pt', 'pts', 'patient', 'admitted', 'admit', 'adm', 'icu', 'micu', 'ccu', 'dx', 'hx', 'mg', 'iv', 'bp', 'hr', 'physician', 'dr', 'md', 'rn',
    'med', 'meds', 'surgery', 'ekg', 'cath', 'transferred', 'transfered', 'medflighted', 'discharged',
  ],
};
