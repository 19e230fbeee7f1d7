// One scan of the lower-cased text answers "which detectors' trigger strings occur here" for all detectors at
// once. Before it, every detector ran its own includes()/regex prefilter (~50 ns each, ~40 of them per text);
// now a text costs one pass over its characters with a table lookup per word start.
// A trigger that starts with an ASCII letter or digit matches at the start of a word (after any character that is
// not an ASCII letter or digit), which is a superset of the `\b` and `(?<![\p{L}\p{N}])` cues the detectors use;
// one-character punctuation triggers ("@", ".") and ones starting with a non-ASCII character match anywhere.
import type { Detector } from './types';
import { isAsciiAlnumCode } from './util';

interface Trigger {
  text: string;
  slot: number;
  /** Third character's code (checked before comparing the whole trigger), -1 for two-character triggers. */
  third: number;
}

export interface TriggerIndex {
  /** Number of detectors with triggers; `scan` fills a flags array of this length. */
  readonly slots: number;
  /** Slot of each detector (by position in the detector list), -1 when it has no triggers. */
  readonly slotOf: Int16Array;
  /**
   * Sets flags[slot] = 1 for every detector with a trigger in `lower` (flags must be all 0 on entry) and returns the
   * number of ASCII digits in the text: the runner needs both, and one pass over the characters is cheaper than two.
   */
  scan(lower: string, flags: Uint8Array): number;
}

const ASCII = 128;

// A non-ASCII second character shares the last column (the whole trigger is compared after the lookup anyway).
function pairKey(c0: number, c1: number): number {
  return c0 * ASCII + (c1 < ASCII ? c1 : ASCII - 1);
}

function fire(lower: string, at: number, list: Trigger[], flags: Uint8Array): void {
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    if (flags[t.slot] !== 0) continue;
    if (t.third === -1 || (lower.charCodeAt(at + 2) === t.third && (t.text.length === 3 || lower.startsWith(t.text, at)))) flags[t.slot] = 1;
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
  // Typed tables (0 = nothing): the scan is one Uint16Array read per character pair for almost every pair.
  const pairTable = new Uint16Array(ASCII * ASCII);
  const pairLists: Trigger[][] = [[]];
  for (const [key, list] of byPair) {
    pairTable[key] = pairLists.length;
    pairLists.push(list);
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
    scan(lower, flags) {
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
            if (pi !== 0) fire(lower, i, pairLists[pi], flags);
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
            for (let k = 0; k < list.length; k++) flags[list[k]] = 1;
          }
          if (i + 1 < n) {
            const pi = pairTable[pairKey(c, lower.charCodeAt(i + 1))];
            if (pi !== 0) fire(lower, i, pairLists[pi], flags);
          }
        }
        i++;
      }
      for (const t of nonAscii) {
        if (flags[t.slot] === 0 && lower.includes(t.text)) flags[t.slot] = 1;
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

