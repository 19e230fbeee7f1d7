// Reads the `expect:` comments of the application-code fixtures: line number (1-based) -> sorted rule ids.
// `expect: a b` applies to its own line, `expect-next-line: a b` to the line after it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const APPCODE_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'appcode');

export function fixtureFiles(dir = APPCODE_FIXTURES): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? fixtureFiles(full) : [full];
    })
    .sort();
}

export function expectations(raw: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  raw.split('\n').forEach((line, i) => {
    const m = /expect(-next-line)?:\s*([a-z -]+?)\s*(?:-->|\*\/)?\s*$/.exec(line);
    if (!m) return;
    const target = m[1] ? i + 2 : i + 1;
    out.set(target, [...(out.get(target) ?? []), ...m[2].split(/\s+/).filter(Boolean)].sort());
  });
  return out;
}
