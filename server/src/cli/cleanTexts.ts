// Texts known to hold nothing, shared by every lint thread of a run. Training data repeats itself (the same
// example in many skills, the same utterance many times in a log): a text whose detection came back empty in
// any thread is skipped by all of them from then on. The engine's own cache is per thread and bounded; this one
// holds only a 64-bit fingerprint per text in a SharedArrayBuffer, so no thread redoes another thread's work.
//
// A fingerprint is two 32-bit hashes of (config, role, text) under seeds drawn at random for the run: equal
// fingerprints of different texts are about as likely as guessing 64 random bits, and cannot be planted in a
// file ahead of time. Texts with detections are never recorded (they go through the engine as before).

/** Slots of two Int32 words (seed header first); 2^20 slots = 8 MB, shared. */
const SLOT_BITS = 20;
const HEADER_WORDS = 4;
/** Header word counting the recorded texts (words 0 and 1 are the seeds). */
const FILL = 2;
/** Recording stops at half the slots, so probes stay short. */
const MAX_FILL = 1 << (SLOT_BITS - 1);
/** A slot being written: readers pass over it (a miss at worst, never a wrong hit). */
const BUSY = 2;

export function createCleanTextsBuffer(): SharedArrayBuffer {
  const sab = new SharedArrayBuffer((HEADER_WORDS + 2 * (1 << SLOT_BITS)) * 4);
  const head = new Int32Array(sab, 0, HEADER_WORDS);
  const seeds = new Uint32Array(2);
  crypto.getRandomValues(seeds);
  head[0] = seeds[0] | 0;
  head[1] = seeds[1] | 0;
  return sab;
}

/** fmix32 of MurmurHash3: spreads every input bit over the word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class CleanTexts {
  private readonly head: Int32Array;
  private readonly table: Int32Array;
  private readonly seedA: number;
  private readonly seedB: number;
  /** The last fingerprint computed (by `has` or `fingerprint`): two words, no pair allocated per text. A
   * thread keys its own caches of texts by them (knownTexts.ts), so a text is hashed once per lookup. */
  a = 0;
  b = 0;

  constructor(sab: SharedArrayBuffer) {
    this.head = new Int32Array(sab, 0, HEADER_WORDS);
    this.seedA = this.head[0];
    this.seedB = this.head[1];
    this.table = new Int32Array(sab, HEADER_WORDS * 4);
  }

  /** Seeds of one scope (a config and a role): texts of different scopes never share a fingerprint. */
  scope(name: string): number {
    this.fingerprint(0, name);
    return this.a ^ this.b;
  }

  /** Sets `a` and `b` to the fingerprint of a text of a scope (without looking it up). */
  fingerprint(scope: number, text: string): void {
    let a = this.seedA ^ scope ^ text.length;
    let b = this.seedB ^ Math.imul(scope, 0x9e3779b1) ^ text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul((b << 5) | (b >>> 27), 0x5bd1e995) ^ c;
    }
    this.a = mix(a) | 1; // odd: never 0 (empty) nor BUSY
    this.b = mix(b ^ 0x27d4eb2f);
  }

  /** True when a thread recorded this text of this scope as clean. */
  has(scope: number, text: string): boolean {
    this.fingerprint(scope, text);
    const t = this.table;
    const mask = (1 << SLOT_BITS) - 1;
    for (let i = (this.b >>> (32 - SLOT_BITS)) & mask; ; i = (i + 1) & mask) {
      const w = Atomics.load(t, 2 * i);
      if (w === 0) return false;
      if (w === this.a && Atomics.load(t, 2 * i + 1) === this.b) return true;
    }
  }

  /** Records the text last passed to `has` as clean. */
  addLast(): void {
    const t = this.table;
    if (Atomics.load(this.head, FILL) >= MAX_FILL) return;
    const mask = (1 << SLOT_BITS) - 1;
    for (let i = (this.b >>> (32 - SLOT_BITS)) & mask; ; i = (i + 1) & mask) {
      const w = Atomics.load(t, 2 * i);
      if (w === 0) {
        if (Atomics.compareExchange(t, 2 * i, 0, BUSY) !== 0) continue;
        Atomics.store(t, 2 * i + 1, this.b);
        Atomics.store(t, 2 * i, this.a);
        Atomics.add(this.head, FILL, 1);
        return;
      }
      if (w === this.a && Atomics.load(t, 2 * i + 1) === this.b) return;
    }
  }
}
