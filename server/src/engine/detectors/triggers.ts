// One scan of the lower-cased text answers "which detectors' trigger strings occur here" for all detectors at
// once. Before it, every detector ran its own includes()/regex prefilter (~50 ns each, ~40 of them per text);
// now a text costs one pass over its characters with a table lookup per word start.
// A trigger that starts with an ASCII letter or digit matches at the start of a word (after any character that is
// not an ASCII letter or digit), which is a superset of the `\b` and `(?<![\p{L}\p{N}])` cues the detectors use;
// one-character punctuation triggers ("@", ".") and non-ASCII ones match anywhere.
import type { Detector } from './types';

interface Trigger {
  text: string;
  slot: number;
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
      if (text.length === 1 && isAsciiAlnum(text.charCodeAt(0))) throw new Error(`detector ${d.id}: a one-letter trigger "${text}" would fire on almost every text`);
      const c0 = text.charCodeAt(0);
      if (c0 >= ASCII || (text.length > 1 && text.charCodeAt(1) >= ASCII)) nonAscii.push({ text, slot });
      else if (text.length === 1) single[c0].push(slot);
      else {
        const key = c0 * ASCII + text.charCodeAt(1);
        let list = byPair.get(key);
        if (!list) byPair.set(key, (list = []));
        list.push({ text, slot });
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
      // Inside a word (after an ASCII letter or digit) no trigger can start: only word starts look up pairs.
      let inWord = false;
      for (let i = 0; i < n; i++) {
        const c = lower.charCodeAt(i);
        const letter = c >= 97 && c <= 122;
        const digit = !letter && c >= 48 && c <= 57;
        if (letter || digit) {
          if (digit) digits++;
          if (inWord) continue;
          inWord = true;
          if (i + 1 >= n) continue;
          const next = lower.charCodeAt(i + 1);
          if (next >= ASCII) continue;
          const pi = pairTable[c * ASCII + next];
          if (pi === 0) continue;
          const list = pairLists[pi];
          for (let k = 0; k < list.length; k++) {
            const t = list[k];
            if (flags[t.slot] === 0 && (t.text.length === 2 || lower.startsWith(t.text, i))) flags[t.slot] = 1;
          }
          continue;
        }
        inWord = false;
        if (c >= ASCII) continue;
        const si = singleTable[c];
        if (si !== 0) {
          const list = singleLists[si];
          for (let k = 0; k < list.length; k++) flags[list[k]] = 1;
        }
        if (i + 1 < n) {
          // a trigger that starts with punctuation ("#", "(") is looked up like any other
          const next = lower.charCodeAt(i + 1);
          if (next < ASCII) {
            const pi = pairTable[c * ASCII + next];
            if (pi !== 0) {
              const list = pairLists[pi];
              for (let k = 0; k < list.length; k++) {
                const t = list[k];
                if (flags[t.slot] === 0 && (t.text.length === 2 || lower.startsWith(t.text, i))) flags[t.slot] = 1;
              }
            }
          }
        }
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
  const anywhere = t.length === 1 || c0 >= ASCII || t.charCodeAt(1) >= ASCII || !isAsciiAlnum(c0);
  if (anywhere) return lower.includes(t);
  for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
    if (at === 0 || !isAsciiAlnum(lower.charCodeAt(at - 1))) return true;
  }
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
