// User-written regexes (allowlist entries, custom detectors) run on re2js: linear-time matching, so no
// pattern can hang the language server or the CLI, whatever the input.
import { RE2JS } from 're2js';

export interface UserRegex {
  /** Every match as decoded [start, end) UTF-16 offsets. */
  findAll(text: string): { start: number; end: number }[];
  /** True when the whole text matches. */
  matchesWhole(text: string): boolean;
}

function flagBits(flags: string): number {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  return bits;
}

/** Compiles a user regex; returns the error message instead of throwing. */
export function compileUserRegex(source: string, flags = ''): { regex?: UserRegex; error?: string } {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source, flagBits(flags));
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  return {
    regex: {
      findAll(text) {
        const out: { start: number; end: number }[] = [];
        const m = pattern.matcher(text);
        while (m.find()) {
          const start = m.start();
          const end = m.end();
          if (end > start) out.push({ start, end });
          if (out.length >= 10_000) break;
        }
        return out;
      },
      matchesWhole: (text) => pattern.matches(text),
    },
  };
}
