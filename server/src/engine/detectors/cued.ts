// Identifiers that only mean something after a cue word: "driver's license number is F1628235", "MRN: 0012345".
// One factory: find the cue (whole words), skip filler ("number", "#", "is", ":"), match the value right there.
import type { Category, Detection, Severity } from '../types';
import type { Detector, DetectorExample } from './types';
import { hit } from './util';

export interface CuedSpec {
  id: string;
  entity: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  /** Lower-case cue phrases, matched as whole words. */
  cues: string[];
  /** Value pattern (no flags needed; matched case-insensitively unless `caseSensitive`). */
  value: RegExp;
  caseSensitive?: boolean;
  /** Extra check on the matched value (checksum, digit count...). */
  validate?: (value: string) => boolean;
  /** Up to this many characters of filler between the cue and the value (default 30). */
  maxGap?: number;
  confidence?: number;
  minDigits?: number;
  /** Shortest run of consecutive digits a value has (see Detector.minDigitRun). */
  minDigitRun?: number;
  quickWords?: string[];
  truePositives: DetectorExample[];
  falsePositives: DetectorExample[];
}

const FILLER = /^(?:[\s:#=.\-(),]|\b(?:number|numbers|num|nbr|no|nos|id|ids|is|was|are|its|it's|it is|of|my|the|a|an|code|reads|as|will be|should be|would be|here|and|to|be)\b)*/iu;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function cuedDetector(spec: CuedSpec): Detector {
  const cueRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...spec.cues].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const valueRe = new RegExp(`(?:${spec.value.source})(?![\\p{L}\\p{N}])`, spec.caseSensitive ? 'yu' : 'iyu');
  const quick = spec.quickWords ?? [...new Set(spec.cues.map((c) => c.split(/[\s']/)[0]))];
  const maxGap = spec.maxGap ?? 30;
  const self: Detector = {
    id: spec.id,
    entity: spec.entity,
    category: spec.category,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    truePositives: spec.truePositives,
    falsePositives: spec.falsePositives,
    minDigits: spec.minDigits ?? 1,
    minDigitRun: spec.minDigitRun,
    triggers: quick,
    detect(text, ctx) {
      const out: Detection[] = [];
      cueRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      let lastEnd = -1;
      while ((m = cueRe.exec(ctx.lower)) !== null) {
        const afterCue = m.index + m[0].length;
        const filler = FILLER.exec(text.slice(afterCue, afterCue + maxGap + 20));
        const at = afterCue + (filler ? Math.min(filler[0].length, maxGap + 20) : 0);
        if (at - afterCue > maxGap || at < lastEnd) continue;
        // step back over a character the filler swallowed that the value needs ("#12345" keeps going)
        valueRe.lastIndex = at;
        const v = valueRe.exec(text);
        if (!v || v.index !== at) continue;
        let value = v[0];
        // trailing sentence punctuation is not part of the value
        value = value.replace(/[.,;:]+$/, '');
        if (!/\d/.test(value) && spec.minDigits !== 0) continue;
        if (spec.validate && !spec.validate(value)) continue;
        lastEnd = at + value.length;
        out.push(hit(self, at, at + value.length, spec.confidence ?? 0.85, `after "${m[0]}"`));
      }
      return out;
    },
  };
  return self;
}

/** At least `n` digits. */
export function hasDigits(n: number): (v: string) => boolean {
  return (v) => v.replace(/\D/g, '').length >= n;
}
