// US state names: a state alone is larger than HIPAA Safe Harbor's "smaller than a state", but a state names
// university and state hospitals ("U Maryland", "University of Michigan", "Maryland Rehab").

export const US_STATES = new Set(
  ('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming').split(' '),
);

/** Two-word state names, by first word ("new" -> hampshire, jersey, mexico, york). */
export const US_STATE_PAIRS = new Map<string, Set<string>>([
  ['new', new Set(['hampshire', 'jersey', 'mexico', 'york'])],
  ['north', new Set(['carolina', 'dakota'])],
  ['south', new Set(['carolina', 'dakota'])],
  ['rhode', new Set(['island'])],
  ['west', new Set(['virginia'])],
]);

/** Words that make "U"/"Univ"/"University (of)" before a state a university hospital. */
export const UNIVERSITY_WORDS = new Set(['u', 'u.', 'univ', 'univ.', 'university']);
