// The positional cue lookups (cueBeforeAt / cueAfterAt) run a cue regex only where the word next to a candidate is
// one its phrases can end or start with: they must answer exactly like every regex tried on the same window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpora } from '../../../bench/corpora';
import { cueAfter, cueAfterAt, cueBefore, cueBeforeAt } from '../../../server/src/engine/detectors/names/cues';
import { NAME_EXAMPLES } from '../../../server/src/engine/detectors/names/examples';
import { sharedDir, skipWithoutShared } from '../../support/shared';

// At least one phrase for each alternative of the cue patterns, in the forms the patterns allow.
const PHRASES_BEFORE = [
  'my name is', "my name's", 'my full name are', 'my surname:', 'my first names is', "name's", 'name is', 'name was',
  'name will be', 'name should be', 'name would be', 'names are ', 'names is ', 'named him', 'named her', 'named them',
  'named it', 'named me', 'call me', 'calls me', 'called me', 'go by', 'goes by', 'in the name of', 'in names of',
  'under the name', 'under my names of', 'under', 'booked under', 'reserved for the name of', 'listed for',
  'made under the name', 'booking for', 'reservation under', 'table for the name', "it's under", 'it is under the name of',
  'is under', 'on the name', 'by the names of', 'with the name', 'for the names', 'name :', 'name:', 'name?', 'full name',
  'surname', 'first name', 'last name', 'maiden name', 'patient name', 'patient :', 'patient:', 'pt name', 'signed',
  'sincerely', 'regards', 'contact person', 'cardholder', 'account holder', 'beneficiary', 'payee', 'recipient',
  'change it to', 'employee',
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank you', 'said', 'says', 'asked', 'told', 'replied', 'shouted at', 'gave',
  'given', 'thanked', 'met', 'married', 'hugged', 'kissed', 'according to', 'starring', 'directed by', 'written by',
  'featuring', 'feat.', "i'm", 'i’m', 'i am', 'im', 'this is', "it's", 'it’s', 'it is', 'here is', "here's", 'meet',
  'named', 'called', 'known as', 'ask for', 'speak to', 'speak with', 'talk to', 'talk with', 'spoke to', 'spoke with',
  'talked to', 'talked with',
  'husband', 'husbands', 'hus', 'wife', 'son', 'daughters', 'dau', 'dtr', 'mother', 'mom', 'father', 'dad', 'brother',
  'sister', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'friend', 'friends', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'fiancés', 'fiancées',
  'partner', 'spouse', 'proxy', 'caseworker', 'case manager', 'social worker', 'social workers', 'attending',
  'resident', 'intern', 'fellow', 'surgeon', 'physician', 'pcp', 'nurse', 'coordinator', 'chaplain', 'therapist',
  'pharmacist', 'manager', 'colleague', 'boss', 'bosses', 'neighbor', 'neighbour', 'landlord', 'tenant', 'child', 'kid',
  'baby', "wife's", "husband's", "wife'ss",
  'song by', 'songs written by', 'album directed by', 'track by', 'record by ex-doors', 'single by former-zombie',
  'book by ex-zürich', 'novel painted by', 'film by', 'movie by', 'painting by', 'poem by', 'play by', 'essay by',
  'article by', 'biography by', 'memoir by', 'opera composed by', 'symphony by', 'story by', 'stories by',
  'sculpture by', 'photograph by', 'lyrics by', 'than early', 'like late', 'of young', 'the later', 'from middle-period',
  'by early',
  'for', 'with', 'from', 'cheers', 'bye', 'goodbye', 'by', 'and', 'to', 'tell', 'ask', 'love', 'per', 'w/',
];
const PHRASES_AFTER = [
  'novel', 'novels', 'books', 'film', 'movies', 'version', 'albums', 'song', 'biography', 'memoirs', 'plays', 'poem',
  'paintings', 'recording', 'documentary', 'operas', 'symphony', 'trilogy', 'saga', 'sonatas', 'concerto',
  'sculptures', 'portrait', 'lyrics',
  'rn', 'rrt', 'crt', 'np', 'md', 'pa-c', 'lpn', 'lvn', 'cna', 'msw', 'licsw', 'rph', 'pharmd', 'phd', 'dds', 'bsn',
  'msn', 'aprn', 'crna', 'md in', 'rn. aware', 'np notified', 'pa plans', 'rrt came', 'crt. saw',
  'is what you can call me', 'is my name', 'is my first name', 'is the name', 'party of', 'table for', 'reservation',
  'reservations', 'booking', 'bookings',
  "'s daughter", '’s wife', "\\'s phone", "'s birthday",
  'speaking', ': "hi', ':“hi', ': \\"hi', 'can', 'could', 'would', 'will', 'please', 'thank', 'thanks', 'do', 'did', 'are',
  'have', 'how', 'what', 'where', 'when', 'why', "i'm", 'i am', "i've", 'you', 'said', 'says', 'told', 'asked',
  'shouted', 'replied', 'smiled', 'laughed', 'lives', 'lived', 'spent', 'began', 'had given', 'gave',
  'is a very kind person', 'is a nice man', 'is very nice', 'is so kind', 'shouted at', 'spent a', 'spent 12',
  'visited', 'phoned', 'came in to', 'in to visit', 'called once', 'called to ask', 'called for an update', 'was born',
  'grew up', 'is from', 'works', 'worked', 'studied', 'wrote', 'sang', 'loves', 'wants', 'thinks', 'aware',
  'is', 'was', 'has', 'had', 'will', 'and i', 'who', 'called', 'replied',
];
const PREFIXES = ['', 'x', 'é', '2', ' ', '-', 'the ', "o'", '\n'];
const GAPS = ['', ' ', '  ', ': ', ':', ', ', ',', ' - ', '-', '\u00a0', '\t', ' ,', '/', ' /'];

function synthetic(): string[] {
  const out: string[] = [];
  for (const pre of PREFIXES) {
    for (const gap of GAPS) {
      out.push(PHRASES_BEFORE.map((p) => `${pre}${p}${gap}ana`).join(' '));
      out.push(PHRASES_AFTER.map((p) => `ana${gap}${p}${pre}`).join(' '));
      out.push(PHRASES_AFTER.map((p) => `ana${gap}${p}`).join('\n'));
    }
  }
  return out;
}

function checkEveryPosition(texts: Iterable<string>): number {
  let checked = 0;
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let p = 0; p <= lower.length; p++) {
      const before = lower.slice(Math.max(0, p - 48), p);
      assert.equal(cueBeforeAt(lower, p), cueBefore(before), `before ${JSON.stringify(before)}`);
      const after = lower.slice(p, p + 40);
      assert.equal(cueAfterAt(lower, p), cueAfter(after), `after ${JSON.stringify(after)}`);
      checked++;
    }
  }
  return checked;
}

test('cueBeforeAt / cueAfterAt answer like the regexes at every position of phrases built from each cue', () => {
  const texts = synthetic();
  // the phrases do hit cues
  assert.ok(texts.some((t) => cueBefore(t.slice(0, t.indexOf('ana'))) !== undefined));
  assert.ok(checkEveryPosition(texts) > 50_000);
});

test('cueBeforeAt / cueAfterAt answer like the regexes on the detector examples', () => {
  const examples = [...NAME_EXAMPLES.truePositives, ...NAME_EXAMPLES.falsePositives].map((e) => e.text);
  assert.ok(checkEveryPosition(examples) > 1000);
});

test('cueBeforeAt / cueAfterAt answer like the regexes on the labelled corpora', { skip: skipWithoutShared() }, () => {
  const texts: string[] = [];
  for (const corpus of loadCorpora(sharedDir()!)) for (let k = 0; k < corpus.texts.length; k += 4) texts.push(corpus.texts[k].text);
  assert.ok(checkEveryPosition(texts) > 100_000);
});
