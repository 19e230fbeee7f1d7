// Strings kept in caches that outlive a document must not be V8 slices of it: a slice of 13 or more characters
// shares the parent's characters and keeps the whole document alive. Prefixing then slicing flattens the string
// into one of its own (the slice then points into that small new string).
const SHORTEST_SLICE = 13;

export function detachedCopy(s: string): string {
  return s.length < SHORTEST_SLICE ? s : (' ' + s).slice(1);
}
