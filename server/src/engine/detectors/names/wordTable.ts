// A read-only hash table of words stored in one string, so the dictionaries cost nothing to load: the generated
// module holds the string, and start-up only finds the bucket boundaries. A lookup hashes a range of a lower-cased
// text in place (no substring) and compares it with the few entries of its bucket.
//
// Layout: buckets in order, each ended by BUCKET_END; an entry is the word followed by one flag character
// (FLAG_CHARS[index into the table's list of distinct flag values]). Words are lower-cased letters with a few marks
// (- ' / . _ and rare digits), so they never contain a flag character or BUCKET_END; the encoder checks.

import { fnvRange } from '../fnv';
export const BUCKET_END = 124; // '|'
const FLAG_CHARS = '!#$%&()*+0145679:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_FLAG_VALUES = FLAG_CHARS.length;
/** Char code -> index in FLAG_CHARS, -1 for any other character below 128. */
const FLAG_INDEX = new Int8Array(128).fill(-1);
for (let k = 0; k < FLAG_CHARS.length; k++) FLAG_INDEX[FLAG_CHARS.charCodeAt(k)] = k;

/** Index of the flag value a character stands for, -1 when it is part of a word. */
function flagIndex(c: number): number {
  return c < 128 ? FLAG_INDEX[c] : -1;
}

/** FNV-1a over UTF-16 code units of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  return fnvRange(s, start, end) >>> 0;
}

/** Serialises word -> flags (flags > 0) into the table string and its list of distinct flag values. */
export function encodeWordTable(words: Map<string, number>, bucketBits: number): { text: string; flagValues: number[] } {
  const flagValues = [...new Set(words.values())].sort((a, b) => a - b);
  if (flagValues.length > MAX_FLAG_VALUES) throw new Error(`too many distinct flag values (${flagValues.length})`);
  const size = 1 << bucketBits;
  const buckets: string[][] = Array.from({ length: size }, () => []);
  for (const w of [...words.keys()].sort()) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (flagIndex(c) >= 0 || c === BUCKET_END || c === 92 || c < 32) {
        throw new Error(`word ${JSON.stringify(w)} holds a reserved character`);
      }
    }
    buckets[hashRange(w, 0, w.length) & (size - 1)].push(w + FLAG_CHARS[flagValues.indexOf(words.get(w)!)]);
  }
  return { text: buckets.map((b) => b.join('') + String.fromCharCode(BUCKET_END)).join(''), flagValues };
}

export class WordTable {
  // An open-addressing index over the entries, built once from the string. Each slot is one 32-bit number: the
  // entry's start in the text, its length and a few high bits of its hash (0: empty). A miss reads one cache line
  // (the slot), a hit one more (the characters, ended by the flag character that gives the flags): separate hash,
  // start, length and flag arrays cost ~6 lines per hit when the table is not in the cache. The characters are read
  // from a one-byte copy of the text (the string holds a few letters beyond Latin-1, so V8 keeps two bytes for
  // each): 0 there stands for such a letter, which is read from the string.
  private readonly bytes: Uint8Array;
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly startMask: number;
  private readonly lenShift: number;
  private readonly tagShift: number;
  /** Words as long as this or longer are not in the table. */
  private readonly lenLimit: number;
  /** Flag character -> flags. */
  private readonly flagsByChar: Int32Array;
  // Kept for bloom() (cold).
  private readonly entryHash: Uint32Array;
  private readonly entryFlags: Int32Array;

  constructor(private readonly text: string, flagValues: readonly number[], bucketBits: number) {
    const size = 1 << bucketBits;
    const { entries, buckets, hashes, starts, lengths, flagIndexes, bytes } = scanEntries(text);
    this.bytes = bytes;
    if (buckets !== size) throw new Error('corrupt word table');
    let maxLen = 1;
    for (let e = 1; e <= entries; e++) maxLen = Math.max(maxLen, lengths[e]);
    const startBits = bitsFor(text.length);
    const lenBits = bitsFor(maxLen);
    if (startBits + lenBits > 32) throw new Error('word table too large for 32-bit slots');
    this.startMask = startBits === 32 ? -1 : (1 << startBits) - 1;
    this.lenShift = startBits;
    this.tagShift = startBits + lenBits;
    this.lenLimit = 1 << lenBits;
    this.flagsByChar = new Int32Array(128);
    for (let k = 0; k < flagValues.length && k < MAX_FLAG_VALUES; k++) this.flagsByChar[FLAG_CHARS.charCodeAt(k)] = flagValues[k];
    this.entryHash = hashes.slice(0, entries + 1);
    this.entryFlags = new Int32Array(entries + 1);
    for (let e = 1; e <= entries; e++) this.entryFlags[e] = flagValues[flagIndexes[e]];
    this.slots = new Int32Array(slotCount(entries));
    this.slotMask = this.slots.length - 1;
    for (let e = 1; e <= entries; e++) {
      let s = hashes[e] & this.slotMask;
      while (this.slots[s] !== 0) s = (s + 1) & this.slotMask;
      this.slots[s] = this.key(hashes[e], lengths[e]) | starts[e];
    }
  }

  /** The slot bits a word of this hash and length has besides its start (never 0: a length is at least 1). */
  private key(hash: number, len: number): number {
    return (len << this.lenShift) | (this.tagShift >= 32 ? 0 : (hash >>> this.tagShift) << this.tagShift);
  }

  /** Flags of the lower-cased word s[start, end); 0 when the word is not in the table. */
  flagsAt(s: string, start: number, end: number): number {
    return this.flagsAtHashed(s, start, end, hashRange(s, start, end));
  }

  /** flagsAt() for a caller that computed hashRange(s, start, end) already (while scanning the text). */
  flagsAtHashed(s: string, start: number, end: number, hash: number): number {
    return this.find(s, start, end, hash, 0);
  }

  /**
   * flagsAtHashed() for a word of ASCII letters, digits, apostrophes and hyphens read in any case: `s` need not be
   * lower-cased (each character is compared as `c | 32`, the lower case of such a character), so a scan can look
   * words up in the text it read without a lower-cased copy. `hash` is the hash of the word's lower case.
   */
  flagsAtFolded(s: string, start: number, end: number, hash: number): number {
    return this.find(s, start, end, hash, 32);
  }

  /** The entry's flags, comparing each character of `s` as `c | fold` (0: exact; 32: ASCII lower case). */
  private find(s: string, start: number, end: number, hash: number, fold: number): number {
    const len = end - start;
    if (len >= this.lenLimit) return 0;
    const want = this.key(hash, len);
    const keyMask = ~this.startMask;
    const slots = this.slots;
    const mask = this.slotMask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const v = slots[slot];
      if (v === 0) return 0;
      if ((v & keyMask) !== want) continue;
      const bytes = this.bytes;
      const at = v & this.startMask;
      let k = 0;
      while (k < len) {
        const c = s.charCodeAt(start + k) | fold;
        const b = bytes[at + k];
        if (b !== c && (b !== 0 || this.text.charCodeAt(at + k) !== c)) break;
        k++;
      }
      // the entry's word is `len` characters long: its flag character follows
      if (k === len) return this.flagsByChar[bytes[at + len]];
    }
  }

  flags(word: string): number {
    return this.flagsAt(word, 0, word.length);
  }

  /**
   * A one-hash Bloom filter of the words whose flags satisfy `wanted`: bit ((hash >>> shift) & (2^bits - 1)) is set
   * for each (query it with `bloomHas(filter, hash >>> shift)`). A clear bit proves the word is not one of them, so a
   * scan can skip the lookup for almost every word; two filters over different bits of the hash rule out more.
   */
  bloom(wanted: (flags: number) => boolean, bits: number, shift = 0): Uint32Array {
    const mask = (1 << bits) - 1;
    const out = new Uint32Array((mask + 1) >>> 5);
    for (let e = 1; e < this.entryHash.length; e++) {
      if (!wanted(this.entryFlags[e])) continue;
      const b = (this.entryHash[e] >>> shift) & mask;
      out[b >>> 5] |= 1 << (b & 31);
    }
    return out;
  }
}

/** Bits that hold the numbers 0..n. */
function bitsFor(n: number): number {
  let bits = 1;
  while (bits < 32 && 2 ** bits <= n) bits++;
  return bits;
}

/** Slots for `entries` words: a power of two, at most half full (so a miss stops at an empty slot after ~1.6 probes). */
function slotCount(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

/** Whether the Bloom filter from WordTable.bloom() may hold a word with this hash. */
export function bloomHas(filter: Uint32Array, hash: number): boolean {
  const b = hash & ((filter.length << 5) - 1);
  return (filter[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** Every entry of a table string (1-based: entry 0 is none): start, length, hash and flag index; and the bucket count. */
function scanEntries(text: string) {
  // An entry takes at least two characters (a letter and its flag).
  const max = (text.length >>> 1) + 1;
  const hashes = new Uint32Array(max);
  const starts = new Uint32Array(max);
  const lengths = new Uint16Array(max);
  const flagIndexes = new Uint8Array(max);
  // the text's characters below 256; 0 for the others
  const bytes = new Uint8Array(text.length);
  let entries = 0;
  let buckets = 0;
  let start = 0;
  let h = 0x811c9dc5;
  const n = text.length;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c < 256) bytes[p] = c;
    if (c === BUCKET_END) {
      buckets++;
      start = p + 1;
      h = 0x811c9dc5;
      continue;
    }
    const f = c < 128 ? FLAG_INDEX[c] : -1;
    if (f < 0) {
      h = Math.imul(h ^ c, 16777619);
      continue;
    }
    entries++;
    hashes[entries] = h >>> 0;
    starts[entries] = start;
    lengths[entries] = p - start;
    flagIndexes[entries] = f;
    start = p + 1;
    h = 0x811c9dc5;
  }
  return { entries, buckets, hashes, starts, lengths, flagIndexes, bytes };
}
