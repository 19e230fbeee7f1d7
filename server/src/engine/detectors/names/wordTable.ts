// A read-only hash table of words stored in one string, so the dictionaries cost nothing to load: the generated
// module holds the string, and start-up only finds the bucket boundaries. A lookup hashes a range of a lower-cased
// text in place (no substring) and compares it with the few entries of its bucket.
//
// Layout: buckets in order, each ended by BUCKET_END; an entry is the word followed by one flag character
// (FLAG_CHAR_BASE + index into the table's list of distinct flag values). Words are lower-cased letters with a few
// marks (- ' / . _), so they never contain the flag characters (';' .. 'Z') or BUCKET_END; the encoder checks.

export const BUCKET_END = 124; // '|'
const FLAG_CHAR_BASE = 59; // ';'
const MAX_FLAG_VALUES = 32; // up to 'Z'

/** FNV-1a over UTF-16 code units of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
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
      if ((c >= FLAG_CHAR_BASE && c < FLAG_CHAR_BASE + MAX_FLAG_VALUES) || c === BUCKET_END || c === 34 || c === 92 || c < 32) {
        throw new Error(`word ${JSON.stringify(w)} holds a reserved character`);
      }
    }
    buckets[hashRange(w, 0, w.length) & (size - 1)].push(w + String.fromCharCode(FLAG_CHAR_BASE + flagValues.indexOf(words.get(w)!)));
  }
  return { text: buckets.map((b) => b.join('') + String.fromCharCode(BUCKET_END)).join(''), flagValues };
}

export class WordTable {
  private readonly starts: Uint32Array;
  private readonly mask: number;

  constructor(private readonly text: string, private readonly flagValues: readonly number[], bucketBits: number) {
    const size = 1 << bucketBits;
    this.mask = size - 1;
    this.starts = new Uint32Array(size + 1);
    let b = 1;
    for (let p = text.indexOf('|'); p >= 0 && b <= size; p = text.indexOf('|', p + 1)) this.starts[b++] = p + 1;
    if (b !== size + 1) throw new Error('corrupt word table');
  }

  /** Flags of the lower-cased word s[start, end); 0 when the word is not in the table. */
  flagsAt(s: string, start: number, end: number): number {
    const text = this.text;
    const len = end - start;
    const bucket = hashRange(s, start, end) & this.mask;
    let p = this.starts[bucket];
    const stop = this.starts[bucket + 1] - 1;
    while (p < stop) {
      // Compare the entry at p with the word; on a mismatch skip to the entry's flag character.
      let k = 0;
      while (k < len && text.charCodeAt(p + k) === s.charCodeAt(start + k)) k++;
      if (k === len) {
        const f = text.charCodeAt(p + k) - FLAG_CHAR_BASE;
        if (f >= 0 && f < MAX_FLAG_VALUES) return this.flagValues[f];
      }
      p += k;
      for (let c = text.charCodeAt(p); c < FLAG_CHAR_BASE || c >= FLAG_CHAR_BASE + MAX_FLAG_VALUES; c = text.charCodeAt(++p));
      p++;
    }
    return 0;
  }

  flags(word: string): number {
    return this.flagsAt(word, 0, word.length);
  }
}
