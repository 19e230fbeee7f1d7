// Allowlist matching: literal values (normalised), salted hashes and user regexes (re2js, whole-value match).
import type { ResolvedConfig } from './config';
import { hashValue, normalizeValue } from './hash';
import { compileUserRegex, type UserRegex } from './userRegex';

export interface Allowlist {
  isAllowed(value: string): boolean;
  readonly empty: boolean;
}

export function compileAllowlist(config: ResolvedConfig): Allowlist {
  const literals = new Set(config.allow.literals.map(normalizeValue));
  const hashes = new Set(config.allow.hashes.map((h) => h.toLowerCase()));
  const regexes: UserRegex[] = [];
  for (const src of config.allow.regexes) {
    const r = compileUserRegex(src, 'i').regex;
    if (r) regexes.push(r);
  }
  const empty = literals.size === 0 && hashes.size === 0 && regexes.length === 0;
  return {
    empty,
    isAllowed(value) {
      if (empty) return false;
      if (literals.size > 0 && literals.has(normalizeValue(value))) return true;
      if (hashes.size > 0 && hashes.has(hashValue(value, config.salt))) return true;
      for (const r of regexes) if (r.matchesWhole(value)) return true;
      return false;
    },
  };
}
