// Type feedback for the runner's hot functions before V8 optimises them. TurboFan compiles a function with what it
// has seen so far; a branch no text has taken yet (a dash count, a mixed word, a non-ASCII text, a context object
// without words) becomes a deoptimisation point, and the first text that takes it throws the compiled code away:
// the one pass, the runner and the name prefilter were each compiled 4-8 times per CLI run (~30-60 ms each). A
// new detector list first runs these texts, written to take every branch of those functions, a few times; the
// results are dropped.
import type { Role } from '../types';

/** Texts that reach every path of the one pass, the runner and the person-name prefilter between them. */
const WARM_UP_TEXTS: readonly string[] = [
  'can you help me with my account please',
  'My name is Ada Lovelace and I live at 12 Baker Street, London.',
  'Dr. J. Smith called me, speaking for Mr O\'Brien-Jones!',
  'call me at (555) 013-4567 or +44 20 7946 0958 tomorrow',
  'email a.b@example.com; ip 10.0.0.1 / host a.b.c: port 8080: x: y: z',
  'ssn 123-45-6789 or 123 45 6789, card 4111 1111 1111 1111, iban GB29NWBK60161331926819',
  'A1B2C3 X9 ab12cd VIN 1HGCM82633A004352 NINO AB 12 34 56 C',
  '----- BEGIN -----\n# notes\nName:\nKOWALSKI JOANNA\r\nUser: Jia',
  'born 1984-03-05, seen 03/05/2024 at 10:30, dob: 5 March 1984',
  'José Müller wohnt in der Lindenstraße 49, 10115 Berlin',
  'Talkington',
  'joshua and q. lander',
  'HELLO THERE, THIS IS BRIDGETTE SAVARY SPEAKING',
  "dan's0 thing o'brien smith-jones rock'n'roll",
  'thanks, Nolan, RN',
  'I want to transfer 200 dollars to my wife Maribeth on Monday',
  'book_flight_to_paris',
  'a:b:c:d:e:f 123456789 the health center',
  'HELLO THERE HOW ARE YOU',
  'Mark.',
  'Dr J.\nSmith and A.) Jones, Mr K.: Lee, Ms L.\r\nPark',
  'meet me at the corner',
  '',
];

/** Roles the runner treats differently (view, identifier filter) and none: a few texts run with each. */
const WARM_UP_ROLES: readonly Role[] = ['intent-example', 'intent-name', 'pattern'];
const ROLE_TEXTS = ['call me at (555) 013-4567', 'book_flight_to_Paris', 'My name is Ada'];

/**
 * Calls of a cheap text first: V8 allocates a function's feedback only after its first few calls, and a branch
 * taken before that leaves none.
 */
const PRIMING_CALLS = 8;

/** A long text (over 64 words), so the word array grows once here rather than in the middle of a lint. */
const LONG_TEXT = Array.from({ length: 80 }, (_, i) => (i % 9 === 0 ? 'Ada' : 'word')).join(' ');

/** Runs `detect` over the warm-up texts, dropping what it finds (~20 ms; a detector error is its own concern). */
export function warmUp(detect: (text: string, role: Role | undefined, path: string | undefined) => unknown): void {
  for (let k = 0; k < PRIMING_CALLS; k++) detect('a b', undefined, undefined);
  // texts with and without a field path (the context object's fields take both)
  WARM_UP_TEXTS.forEach((text, k) => detect(text, undefined, k % 2 === 0 ? undefined : 'warm-up'));
  for (const role of WARM_UP_ROLES) for (const text of ROLE_TEXTS) detect(text, role, 'warm-up');
  detect(LONG_TEXT, undefined, undefined);
}
