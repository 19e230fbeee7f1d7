// Known towns and cities (./placeNames.generated.ts, from faker's real city names) matched on the location
// detector's word tokens: "Seattle", "San Diego", "Aix-en-Provence". One index, built on first use.
import { PLACE_NAMES } from './placeNames.generated';

interface Tokenish {
  lower: string;
  gap: string;
}

/** First word -> the rest of each name starting with it (as words), longest first. */
let index: Map<string, string[][]> | undefined;

function placeIndex(): Map<string, string[][]> {
  if (index) return index;
  index = new Map();
  for (const name of PLACE_NAMES.split('|')) {
    const words = name.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push(words.slice(1));
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** How many tokens from i spell a known town or city (words separated by single spaces), 0 when none. */
export function placeAt(tokens: readonly Tokenish[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  const first = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  const rests = placeIndex().get(first);
  if (!rests) return 0;
  for (const rest of rests) {
    let ok = true;
    for (let k = 0; k < rest.length && ok; k++) {
      const w = tokens[i + 1 + k];
      ok = !!w && w.gap === ' ' && (w.lower === rest[k] || w.lower === rest[k] + '.');
    }
    if (ok) return 1 + rest.length;
  }
  return 0;
}
