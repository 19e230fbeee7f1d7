// Regexes that must match at the end of a string ("... my name is $"). Written plainly, V8 tries them at every start
// position of the slice; as a lookbehind tried only at the end (sticky, lastIndex = length) they run once, backwards,
// with the same answer (no backreferences in these patterns).

export interface EndMatcher {
  test(s: string): boolean;
}

/** `pattern` must end with `$` (and have no `m` flag): the result tests the same as `pattern.test(s)`. */
export function atEnd(pattern: RegExp): EndMatcher {
  const src = pattern.source;
  if (!src.endsWith('$') || src.endsWith('\\$') || pattern.flags.includes('m') || pattern.flags.includes('g')) {
    throw new Error(`atEnd needs a pattern anchored at the end: /${src}/${pattern.flags}`);
  }
  const re = new RegExp(`(?<=${src.slice(0, -1)})$`, `${pattern.flags}y`);
  return {
    test(s: string): boolean {
      re.lastIndex = s.length;
      return re.test(s);
    },
  };
}
