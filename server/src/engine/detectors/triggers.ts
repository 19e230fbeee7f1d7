// Which detectors' trigger strings occur in a text, for all detectors at once. Before this, every detector ran its
// own includes()/regex prefilter (~50 ns each, ~40 of them per text); now the runner's one pass over the text
// (textScan.ts) looks each word start up in a table, and `scanLower` here does the same for texts that pass does not
// read (non-ASCII ones).
// A trigger that starts with an ASCII letter or digit matches at the start of a word (after any character that is
// not an ASCII letter or digit), which is a superset of the `\b` and `(?<![\p{L}\p{N}])` cues the detectors use;
// one-character punctuation triggers ("@", ".") and ones starting with a non-ASCII character match anywhere.
import type { Detector } from './types';
import { isAsciiAlnumCode } from './util';

export interface Trigger {
  text: string;
  slot: number;
  /** Third character's code (checked before comparing the whole trigger), -1 for two-character triggers. */
  third: number;
}

export interface TriggerIndex {
  /** Number of detectors with triggers (slots of the `fired` array). */
  readonly slots: number;
  /** Slot of each detector (by position in the detector list), -1 when it has no triggers. */
  readonly slotOf: Int16Array;
  /** Per pair of first characters (see pairKey): 0, or the index of its trigger list in `pairLists`. */
  readonly pairTable: Uint16Array;
  readonly pairLists: Trigger[][];
  /**
   * Per pair list: bit (c & 31) is set for every third character c of its triggers (all bits when one of them has
   * two characters), so most word starts that share a pair with a trigger are rejected without a call.
   */
  readonly pairThirds: Int32Array;
  /** Per ASCII character: 0, or the index of the slots of its one-character triggers in `singleLists`. */
  readonly singleTable: Uint16Array;
  readonly singleLists: number[][];
  /** Triggers starting with a non-ASCII character (they can only occur in a non-ASCII text). */
  readonly nonAscii: Trigger[];
  /**
   * For an already lower-cased text: sets fired[slot] = stamp for every detector with a trigger in it, and
   * returns the number of ASCII digits in the text (the runner needs both; one pass is cheaper than two).
   */
  scanLower(lower: string, fired: Uint32Array, stamp: number): number;
}

const ASCII = 128;

/** Key of a trigger's (or a word's) first two characters; a non-ASCII second character shares the last column. */
export function pairKey(c0: number, c1: number): number {
  return c0 * ASCII + (c1 < ASCII ? c1 : ASCII - 1);
}

function fireLower(lower: string, at: number, list: Trigger[], fired: Uint32Array, stamp: number): void {
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    if (fired[t.slot] === stamp) continue;
    // (no read past the end: V8 drops the compiled scan when a character read falls outside the string)
    if (t.third === -1 || (at + 2 < lower.length && lower.charCodeAt(at + 2) === t.third && (t.text.length === 3 || lower.startsWith(t.text, at)))) fired[t.slot] = stamp;
  }
}

export function buildTriggerIndex(detectors: readonly Detector[]): TriggerIndex {
  const slotOf = new Int16Array(detectors.length).fill(-1);
  // Single-character triggers by char code; longer ones by their first two (ASCII) characters.
  const single: number[][] = Array.from({ length: ASCII }, () => []);
  const byPair = new Map<number, Trigger[]>();
  const nonAscii: Trigger[] = [];
  let slots = 0;
  detectors.forEach((d, i) => {
    if (!d.triggers || d.triggers.length === 0) return;
    const slot = slots++;
    slotOf[i] = slot;
    for (const raw of d.triggers) {
      const text = raw.toLowerCase();
      if (text.length === 0) throw new Error(`detector ${d.id}: empty trigger`);
      if (text.length === 1 && isAsciiAlnumCode(text.charCodeAt(0))) throw new Error(`detector ${d.id}: a one-letter trigger "${text}" would fire on almost every text`);
      const c0 = text.charCodeAt(0);
      const third = text.length > 2 ? text.charCodeAt(2) : -1;
      if (c0 >= ASCII) nonAscii.push({ text, slot, third });
      else if (text.length === 1) single[c0].push(slot);
      else {
        const key = pairKey(c0, text.charCodeAt(1));
        let list = byPair.get(key);
        if (!list) byPair.set(key, (list = []));
        list.push({ text, slot, third });
      }
    }
  });
  // Typed tables (0 = nothing): the scan is one Uint16Array read per word start for almost every word.
  const pairTable = new Uint16Array(ASCII * ASCII);
  const pairLists: Trigger[][] = [[]];
  const thirds: number[] = [0];
  for (const [key, list] of byPair) {
    pairTable[key] = pairLists.length;
    pairLists.push(list);
    thirds.push(list.reduce((m, t) => (t.third === -1 ? -1 : m | (1 << (t.third & 31))), 0));
  }
  const singleTable = new Uint16Array(ASCII);
  const singleLists: number[][] = [[]];
  single.forEach((s, c) => {
    if (s.length === 0) return;
    singleTable[c] = singleLists.length;
    singleLists.push(s);
  });

  return {
    slots,
    slotOf,
    pairTable,
    pairLists,
    pairThirds: Int32Array.from(thirds),
    singleTable,
    singleLists,
    nonAscii,
    scanLower(lower, fired, stamp) {
      let digits = 0;
      const n = lower.length;
      let i = 0;
      while (i < n) {
        let c = lower.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          // A word start: look up its first two characters, then run to the end of the word (no trigger starts
          // inside a word), counting digits on the way.
          if (c <= 57) digits++;
          if (i + 1 < n) {
            const pi = pairTable[pairKey(c, lower.charCodeAt(i + 1))];
            if (pi !== 0) fireLower(lower, i, pairLists[pi], fired, stamp);
          }
          for (i++; i < n; i++) {
            c = lower.charCodeAt(i);
            if (c >= 97 && c <= 122) continue;
            if (c >= 48 && c <= 57) digits++;
            else break;
          }
          continue;
        }
        // Punctuation and other characters: one-character triggers, and triggers that start with punctuation ("#", "-").
        if (c < ASCII) {
          const si = singleTable[c];
          if (si !== 0) {
            const list = singleLists[si];
            for (let k = 0; k < list.length; k++) fired[list[k]] = stamp;
          }
          if (i + 1 < n) {
            const pi = pairTable[pairKey(c, lower.charCodeAt(i + 1))];
            if (pi !== 0) fireLower(lower, i, pairLists[pi], fired, stamp);
          }
        }
        i++;
      }
      for (const t of nonAscii) {
        if (fired[t.slot] !== stamp && lower.includes(t.text)) fired[t.slot] = stamp;
      }
      return digits;
    },
  };
}

/** The same answer for one detector alone (tools that time a single detector; the reference for tests). */
export function hasTrigger(d: Detector, lower: string): boolean {
  return !d.triggers || d.triggers.some((t) => occursAtWordStart(lower, t.toLowerCase()));
}

function occursAtWordStart(lower: string, t: string): boolean {
  const c0 = t.charCodeAt(0);
  const anywhere = t.length === 1 || c0 >= ASCII || !isAsciiAlnumCode(c0);
  if (anywhere) return lower.includes(t);
  for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
    if (at === 0 || !isAsciiAlnumCode(lower.charCodeAt(at - 1))) return true;
  }
  return false;
}
