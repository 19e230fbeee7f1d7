// Our own short word lists for the person-name detector (written for this project, not copied from a corpus).

/** Given names that are also everyday English words; without a cue they stay below warning. */
export const AMBIGUOUS_NAMES = [
  'will', 'mark', 'bill', 'chase', 'may', 'april', 'june', 'july', 'august', 'grace', 'hope', 'faith', 'joy', 'art',
  'sue', 'pat', 'rose', 'jack', 'frank', 'rob', 'nick', 'bob', 'don', 'ray', 'dawn', 'summer', 'autumn', 'winter',
  'sky', 'river', 'page', 'penny', 'sunny', 'rich', 'harry', 'jean', 'gene', 'major', 'max', 'miles', 'lane', 'dean',
  'earl', 'king', 'guy', 'bud', 'buck', 'carol', 'crystal', 'amber', 'ruby', 'pearl', 'ivy', 'holly', 'iris', 'lily',
  'daisy', 'violet', 'hazel', 'olive', 'ginger', 'honey', 'candy', 'brandy', 'misty', 'stormy', 'star', 'angel',
  'precious', 'harmony', 'melody', 'trinity', 'destiny', 'justice', 'patience', 'charity', 'mercy', 'constance',
  'prudence', 'victor', 'sterling', 'price', 'young', 'long', 'best', 'love', 'gay', 'hunter', 'cash', 'chance',
  'colt', 'drew', 'gray', 'grey', 'reed', 'rocky', 'rusty', 'sandy', 'shelby', 'stone', 'terry', 'west', 'wade',
  'cliff', 'dale', 'glen', 'forest', 'heath', 'brook', 'cole', 'sage', 'bay', 'paris', 'london', 'china', 'georgia',
  'virginia', 'carolina', 'florence', 'phoenix', 'austin', 'denver', 'dallas', 'jordan', 'israel', 'india', 'kenya',
  'sydney', 'chelsea', 'madison', 'brooklyn', 'lincoln', 'tyler', 'nelson', 'norman', 'royal', 'temple', 'ward',
  'booker', 'early', 'fair', 'hardy', 'moody', 'noble', 'sharp', 'strong', 'swift', 'white', 'black', 'brown',
  'green', 'golden', 'sterling', 'bishop', 'cook', 'baker', 'carter', 'fisher', 'mason', 'miller', 'porter',
  'taylor', 'turner', 'walker', 'spencer', 'cooper', 'parker', 'archer', 'tucker', 'sawyer', 'ash', 'blue', 'coral',
  'echo', 'gold', 'silver', 'jade', 'scarlet', 'sable', 'tuesday', 'wednesday', 'monday', 'sunday', 'saturday',
  'christmas', 'easter', 'noel', 'van', 'kit', 'kim', 'lee', 'rob', 'sol', 'tim', 'tom', 'ted', 'val', 'vic', 'al',
];

/** Pronouns, determiners, auxiliaries, prepositions, conjunctions and other closed-class words. */
export const FUNCTION_WORDS = (
  'i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours ' +
  'they them their theirs this that these those who whom whose which what where when why how there here all any ' +
  'both each few more most other some such no nor not only own same so than too very can could may might must ' +
  'shall should will would do does did done doing am is are was were be been being have has had having a an the ' +
  'and but if or because as until while of at by for with about against between into through during before after ' +
  'above below to from up down in out on off over under again further then once just also yet still even ever never ' +
  'always often already soon now today tonight tomorrow yesterday please thanks thank hello hi hey yes yeah no nope ' +
  'ok okay sure maybe well oh ah um uh dear sir madam mr mrs ms miss dr prof i\'m i\'d i\'ll i\'ve im id ive dont ' +
  'don\'t can\'t cannot won\'t isn\'t aren\'t wasn\'t didn\'t doesn\'t haven\'t hasn\'t couldn\'t wouldn\'t shouldn\'t ' +
  'it\'s that\'s what\'s there\'s let\'s let one two three four five six seven eight nine ten eleven twelve first ' +
  'second third last next new old good great nice fine bad best better worse right wrong left much many lot lots ' +
  'anyone someone everyone nobody anybody somebody everybody anything something nothing everything else another'
).split(' ');

/** Everyday chat, booking, banking and support vocabulary that is often capitalised at the start of a sentence. */
export const CHAT_WORDS = (
  'need want like would love get got make made book booked booking bookings reservation reservations reserve ' +
  'reserved table tables cancel cancelled canceled change changed add party people person adults adult kids kid ' +
  'child children guests guest name names called call time date day night morning afternoon evening lunch dinner ' +
  'breakfast brunch restaurant inside outside outdoor indoor seat seats seated card cards account accounts transfer ' +
  'transfers money payment payments pay paid bank banking balance fee fees charge charged refund refunds cash ' +
  'withdrawal withdraw deposit top topup top-up exchange rate currency app phone number email address pin code ' +
  'password verify verification identity id passport statement limit declined pending transaction transactions ' +
  'help support question problem issue working work works help customer service agent human order orders ' +
  'delivery shipping package item items product products price cost total invoice receipt receipts ' +
  'appointment appointments doctor doctors nurse clinic hospital pharmacy prescription insurance claim policy ' +
  'welcome sorry excuse pardon goodbye bye cheers regards sincerely best kind kindly greetings morning evening ' +
  'great awesome perfect cool wow alright sounds confirm confirmed confirmation reschedule running late early ' +
  'afraid think know see look looking find found tell told ask asked say said go going come coming take taking ' +
  'still wondering possible able available availability thing things way ways week weeks month months year years ' +
  'hour hours minute minutes oclock o\'clock am pm noon midnight weekend holiday holidays family friend friends ' +
  'colleagues colleague wife husband son daughter mother father mom dad brother sister boss team staff manager ' +
  'question questions information info details detail case note notes plan plans update updates status report ' +
  'patient patients pt plan social neuro resp cv gi gu heme id skin dispo assessment response action'
).split(' ');

/** Capitalised words that are not part of a person's name: calendar words, brands, products, organisations. */
export const NON_NAME_WORDS = (
  'january february march april may june july august september october november december jan feb mar apr jun jul ' +
  'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs ' +
  'fri sat sun christmas easter thanksgiving halloween ramadan diwali hanukkah new year eve ' +
  'visa mastercard amex maestro discover paypal venmo zelle revolut monzo chase citi citibank barclays hsbc lloyds ' +
  'santander natwest fargo boa bofa apple google android iphone ipad samsung amazon alexa siri ' +
  'microsoft windows facebook instagram whatsapp twitter tiktok youtube netflix spotify uber lyft airbnb ebay ' +
  'western union moneygram transferwise wise stripe square cashapp bitcoin ethereum crypto euro euros dollar ' +
  'dollars pound pounds sterling yen atm atms pin sms usd eur gbp uk us usa eu european american british english ' +
  'french german spanish italian chinese japanese indian canadian australian mexican internet wifi online ' +
  'covid coronavirus watson ibm assistant bot chatbot ok okay lol omg asap fyi tbd n/a'
).split(' ');

/**
 * Nationality and cuisine adjectives: capitalised, unknown to the English word lists, and shaped like family names
 * ("Peruvian", "Malaysian"), but never a person.
 */
export const DEMONYMS = (
  'afghan albanian algerian argentine argentinian armenian austrian azerbaijani bangladeshi belarusian belgian ' +
  'bolivian bosnian brazilian bulgarian burmese cambodian cameroonian chilean colombian columbian congolese ' +
  'croatian cuban cypriot czech danish dominican dutch ecuadorian egyptian eritrean estonian ethiopian fijian ' +
  'filipino finnish georgian ghanaian greek guatemalan haitian hawaiian honduran hungarian icelandic indonesian ' +
  'iranian iraqi irish israeli jamaican jordanian kazakh kenyan korean kurdish kuwaiti lao laotian latvian ' +
  'lebanese libyan lithuanian luxembourgish macedonian malagasy malaysian maltese mexican moldovan mongolian ' +
  'montenegrin moroccan mozambican namibian nepalese nicaraguan nigerian norwegian pakistani palestinian ' +
  'panamanian paraguayan persian peruvian polish portuguese romanian russian rwandan salvadoran saudi scottish ' +
  'senegalese serbian singaporean slovak slovakian slovenian somali sudanese swedish swiss syrian taiwanese ' +
  'tajik tanzanian thai tibetan tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh ' +
  'yemeni zambian zimbabwean african asian caribbean mediterranean scandinavian balkan arabic arab latino latina ' +
  'hispanic cantonese mandarin punjabi gujarati tamil bengali hindi urdu swahili yoruba hebrew yiddish creole ' +
  'cajun lyonnais provencal provençal tuscan sicilian neapolitan catalan basque andalusian bavarian texan'
).split(' ');

/** A capitalised run followed by one of these names an organisation or a place, not a person. */
export const ORG_OR_PLACE_FOLLOWERS = new Set(
  (
    'inc inc. llc ltd ltd. corp corp. co co. company companies corporation group holdings bank banks hospital ' +
    'hosp clinic center centre medical university college school academy institute church street st st. avenue ' +
    'ave road rd boulevard blvd lane drive dr. way court ct place plaza square park county city town village ' +
    'island islands river lake mountain mountains valley airport station hotel restaurant cafe bar grill pub ' +
    'foundation association society club museum gallery theatre theater studio studios records press times news ' +
    'journal magazine weekly daily network networks systems solutions services technologies technology labs ' +
    'consulting partners associates insurance pharmaceuticals motors airlines airways foods stores store market ' +
    'markets mall department ministry agency council committee rehab memorial nursing area areas orchestra ' +
    'incorporated international consulting club office offices band choir ensemble quartet trio ' +
    'neighborhood neighbourhood cuisine food foods cooking dishes district region style restaurants cafe café'
  ).split(' '),
);

/** Titles and honorifics: a capitalised word right after one is a name (the title itself is not part of the span). */
export const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss mx mx. dr dr. drs drs. dr\'s doctor prof prof. professor sir dame madam madame mme mme. mlle ' +
    'herr frau señor senor señora senora sr sr. sra sra. signor signora rev rev. reverend fr fr. father sister ' +
    'brother capt capt. captain sgt sgt. officer nurse judge lord lady np rn pa md rrt'
  ).split(' '),
);

/** Titles that are honorifics (not roles or relation words): reported as part of the name they introduce. */
export const HONORIFICS = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss mx mx. dr dr. drs drs. prof prof. sir dame madam madame mme mme. mlle herr frau ' +
    'señor senor señora senora sr. sra. signor signora rev rev.'
  ).split(' '),
);

/** Particles inside family names ("Gerrit van Houtum", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(
  'van von der den de da di del della des du la le ten ter bin binti bint ibn al el dos das st. y zu'.split(' '),
);

/** Last words of place and venue names ("Finsbury Park", "Surrey Quays", "Mica Cafe"). */
export const PLACE_LAST_WORDS = new Set(
  (
    'park green cross road street square gardens garden quays quay wharf house lounge cafe café bar kitchen grill ' +
    'central broadway common circus market bridge gate heights village town city place court station airport ' +
    'hall tower towers center centre mall inn tavern bistro brasserie pizzeria trattoria diner eatery bakery'
  ).split(' '),
);

/** First words of place names ("San Bernardino", "Port Alegre", "New Cross"). */
export const PLACE_FIRST_WORDS = new Set(
  'san santa santo são sao saint st st. ste new port fort mount mt lake cape upper lower los las nueva nuevo bad'.split(' '),
);

/** Titles that are also relation words or clinical abbreviations ("ms" mental status, "sr" sinus rhythm): they
 * introduce a name only when the next word is a known name or a capitalised non-word in mixed-case text. */
export const WEAK_TITLES = new Set(
  'father sister brother doctor nurse officer judge lord lady captain reverend professor ms ms. sr sr. sra sra. fr fr. miss sir dame capt capt. sgt sgt. np rn pa md rrt'.split(' '),
);

/** Of the weak titles, the relation words: they must be capitalised themselves to act as titles ("Sister Mary"). */
export const RELATION_TITLES = new Set('father sister brother doctor nurse officer judge lord lady captain reverend professor'.split(' '));

/** English derivational endings: a capitalised word with one is an ordinary word ("Entertainment", "Consulting"). */
export const WORDY_SUFFIX = /(?:ment|tion|sion|ness|ity|ology|ship|ance|ence|ics|ism|ible|able|ful|less|ive|ous|ings|ated|ized|ised|ware|tech|soft|corp|works)$/;

/** Clinical shorthand and drug nicknames that collide with given names in notes ("Neo", "Aline", "Brady"). */
export const CLINICAL_WORDS = new Set(
  ('neo aline brady tachy levo amio vanco dopa dobut nitro milri lasix heme onc neuro resp renal endo psych derm ' +
    'ortho cardio pulm gyn uro ent picc quinton hickman swan foley ett ng og peg cvp map sbp dbp hr rr ' +
    'mae perrla asa mi ca mg phos na cl bun cr hct inr ptt abg vbg cxr ekg ecg echo cath cabg copd chf cad ' +
    'esrd dm htn afib nsr sr lasix coumadin heparin insulin propofol fentanyl versed ativan haldol morphine ' +
    'tylenol motrin advil zosyn flagyl cipro levaquin levoquin vanc tpn ppn prbc ffp plt abx pca ivf gtt ' +
    'cont line lines iv surg micu ccu sicu nicu csru pacu ed er cxr ct mri nutrition pmed hx dx rx tx sx pmh ' +
    'ntg tv vent sats aline destin vesta jesus christ god lord diff difficile coli pylori aureus').split(' '),
);

/** Role abbreviations used as titles in notes ("NP CAROL", "PA Smith"): a known given name may follow even when it
 * is also an everyday word. */
export const ROLE_TITLES = new Set('np rn pa md rrt'.split(' '));

/** Words that follow "DR"/"MD" in notes without being a name ("DR AWARE", "MD NOTIFIED"). */
export const NOT_AFTER_TITLE = new Set(
  ('aware notified paged called here in to at order orders ordered updated informed made came will said wants team ' +
    'on service note notes note: saw see seen spoke following follow office visit consult consulted plan plans ' +
    'rounds rounded evaluated examined stated states feels felt increased decreased started stopped changed ' +
    'discussed explained requested recommends recommended').split(' '),
);

/**
 * "Hi" in the languages the name dictionaries come from: like English "hi" / "hello", a greeting is never part of the
 * name that follows it ("Hola Maria" names Maria). Left out: greetings that are also given names ("ola", "selam").
 */
export const GREETINGS = new Set(
  ('hola hallo bonjour bonsoir coucou ciao salve olá oi salut hej hei moi hoi servus grüezi moin merhaba ahoj ' +
    'cześć witam zdravo bok dobrý halo namaste').split(' '),
);
