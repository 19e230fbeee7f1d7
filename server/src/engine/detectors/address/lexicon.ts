// Street-type words for address detection: English suffixes ("87 Maple Grove Avenue"), words that come before the
// street name in many languages ("Rue ...", "ul. ..."), and street-type endings of compound words
// ("Lindenstrasse", "Hollandervej", "Rantakatu").

export const STREET_SUFFIXES = new Set([
  'street', 'st', 'st.', 'str', 'str.', 'avenue', 'ave', 'ave.', 'av', 'av.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.',
  'lane', 'ln', 'ln.', 'drive', 'dr', 'dr.', 'court', 'ct', 'ct.', 'place', 'pl', 'pl.', 'way', 'terrace', 'terr', 'parkway', 'pkwy',
  'circle', 'cir', 'highway', 'hwy', 'square', 'sq', 'sq.', 'trail', 'trl', 'crescent', 'cres', 'close', 'grove', 'row', 'walk',
  'mews', 'hill', 'gardens', 'park', 'point', 'pike', 'alley', 'loop', 'path', 'plaza', 'ridge', 'crossing', 'bypass',
  'expressway', 'freeway', 'causeway', 'esplanade', 'quay', 'wharf', 'embankment', 'heights', 'junction', 'meadows', 'estate',
  'rise', 'vale', 'creek', 'pass', 'pines', 'cove', 'landing', 'manor', 'harbor', 'harbour', 'glen', 'hollow', 'knoll',
  'parade', 'broadway', 'route', 'rte', 'turnpike', 'tpke', 'center', 'centre', 'viaduct', 'greens', 'fork', 'lakes',
  'strasse', 'straße', 'gasse', 'weg', 'allee', 'platz', 'straat', 'laan', 'vej', 'gade', 'gata', 'gatan', 'katu', 'tie',
  'kuja', 'utca', 'u.', 'rkp.', 'út', 'útja', 'tér', 'körút', 'köz', 'sor', 'ulica', 'cesta', 'trg', 'vegur', 'braut', 'kapu', 'sétány',
  'steenweg', 'dreef', 'plein', 'gracht', 'kade', 'veien', 'vei', 'vegen', 'vägen', 'väg', 'gränd', 'torget', 'terrasse',
]);

/** Words written before the street name ("Rue des Lilas 4", "ul. Lipowa 12", "Via Roma 5"). */
export const STREET_PREFIXES = new Set([
  'rue', 'rua', 'rúa', 'via', 'viale', 'calle', 'c/', 'avenida', 'avda', 'avda.', 'av.', 'avenue', 'ul.', 'ul', 'ulica', 'al.', 'aleja',
  'plac', 'piazza', 'piazzale', 'largo', 'corso', 'carrer', 'camino', 'paseo', 'travessa', 'travesía', 'praça', 'praca', 'estrada',
  'rodovia', 'chemin', 'boulevard', 'bd', 'allée', 'impasse', 'place', 'quai', 'strada', 'str.', 'ctra.', 'carretera', 'plaza',
  'ronda', 'vía', 'λεωφόρος', 'λ.', 'οδός', 'odos', 'ulitsa', 'trg', 'rruga', 'sokak', 'cadde', 'caddesi', 'jalan', 'jl.',
  'calzada', 'prolongación', 'vicolo', 'contrada', 'rambla', 'passeig', 'avinguda', 'square', 'route', 'cours', 'vila',
]);

/** Endings of compound street names ("Genterstrasse", "Vesterskovvej", "Tawastintie", "Brixtonlaan"). */
export const STREET_ENDINGS = [
  'strasse', 'straße', 'gasse', 'weg', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'straat', 'laan', 'plein', 'gracht', 'kade',
  'dijk', 'steenweg', 'dreef', 'vej', 'gade', 'vænge', 'stræde', 'veien', 'vegen', 'gata', 'gaten', 'gatan', 'vägen', 'väg', 'gränd',
  'torget', 'stigen', 'backen', 'katu', 'tie', 'kuja', 'polku', 'raitti', 'väylä', 'kaari', 'rinne', 'utca', 'útja', 'vegur',
  'braut', 'stígur', 'gata', 'ulica', 'cesta', 'brücke', 'plaats', 'singel', 'kaai',
];

const ENDINGS_BY_LAST_CHAR = new Map<string, string[]>();
for (const e of new Set(STREET_ENDINGS)) {
  const last = e[e.length - 1];
  const list = ENDINGS_BY_LAST_CHAR.get(last) ?? [];
  list.push(e);
  ENDINGS_BY_LAST_CHAR.set(last, list);
}

/** A compound street name ("lindenstrasse", "hollandervej."): six or more characters ending in a street ending. */
export function hasStreetEnding(wordLower: string): boolean {
  if (wordLower.length < 6) return false;
  const word = wordLower.endsWith('.') ? wordLower.slice(0, -1) : wordLower;
  const list = ENDINGS_BY_LAST_CHAR.get(word[word.length - 1]);
  if (list === undefined) return false;
  for (const e of list) if (word.endsWith(e)) return true;
  return false;
}

/** Unit designators that continue an address ("Apt. 339", "Suite 617", "Unit 8524"). */
export const UNIT_RE = /^(?:apt\.?|apartment|suite|ste\.?|unit|flat|fl\.?|floor|room|rm\.?|bldg\.?|building|#|no\.?|box|p\.?\s?o\.?\s?box|postbox)\s*#?\s*\d{1,6}[A-Za-z]?\b/iu;

/** Words that, right after a number, make it a quantity rather than a house number. */
export const QUANTITY_WORDS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min',
  'mins', 'second', 'seconds', 'pm', 'am', 'p.m.', 'a.m.', "o'clock", 'dollars', 'dollar', 'usd', 'eur', 'euro', 'euros', 'gbp',
  'pounds', 'pound', 'cents', 'percent', 'times', 'people', 'persons', 'guests', 'adults', 'children', 'kids', 'items', 'cards',
  'card', 'transactions', 'transaction', 'payments', 'payment', 'business', 'working', 'digits', 'digit', 'characters', 'tries',
  'attempts', 'ago', 'more', 'less', 'times', 'accounts', 'account',
  'mg', 'mcg', 'meq', 'cc', 'mmhg', 'bpm', 'iu', 'lpm', 'l', 'g', 'gm', 'ml', 'kg', 'lbs', 'units', 'x', 'yrs', 'yo', 'km', 'miles', 'mi', 'gb', 'mb', 'tablets', 'pills',
]);

export const NOT_PLACE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'gate', 'flight',
  'chapter', 'page', 'step', 'version', 'windows', 'iphone', 'ios', 'android', 'terminal', 'platform', 'level', 'section',
  'table', 'figure', 'line', 'item', 'question', 'option', 'account', 'card', 'number', 'the', 'a', 'an', 'my', 'your', 'our',
  'about', 'least', 'most', 'around', 'approximately', 'only', 'just', 'over', 'under', 'least', 'noon', 'midnight', 'least',
  'day', 'week', 'time', 'bed', 'room', 'price', 'cost', 'rate', 'total', 'amount', 'balance', 'limit', 'age', 'pin', 'code',
  'covid', 'tier', 'phase', 'stage', 'grade', 'class', 'size', 'model', 'type', 'group', 'team', 'seat', 'row', 'bus', 'train',
]);
