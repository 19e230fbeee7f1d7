// Custom detectors from `.piilintrc.json`: a user regex (re2js, linear time) + optional context words + validator.
import type { CustomDetectorConfig, ValidatorName } from '../policy/config';
import { compileUserRegex } from '../policy/userRegex';
import type { Detection } from '../types';
import { abaValid, luhnValid, mod97Valid, nhsMod11Valid, verhoeffValid } from './checksums';
import { hasContextBefore } from './context';
import type { Detector } from './types';

const VALIDATE: Record<ValidatorName, (value: string) => boolean> = {
  luhn: (v) => luhnValid(v.replace(/\D/g, '')),
  mod97: (v) => mod97Valid(v),
  mod11: (v) => nhsMod11Valid(v.replace(/\D/g, '')),
  verhoeff: (v) => verhoeffValid(v.replace(/\D/g, '')),
  aba: (v) => abaValid(v.replace(/\D/g, '')),
};

export function createCustomDetector(c: CustomDetectorConfig): Detector | null {
  const regex = compileUserRegex(c.pattern, c.flags ?? '').regex;
  if (!regex) return null;
  const words = (c.contextWords ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 0);
  const window = c.contextWindow ?? 40;
  const validate = c.validator ? VALIDATE[c.validator] : undefined;
  const entity = c.entity ?? 'CUSTOM';
  const category = c.category ?? 'pii';
  const severity = c.severity ?? 'warning';
  return {
    id: c.id,
    entity,
    category,
    defaultSeverity: severity,
    description: c.description ?? `Custom detector ${c.id} from .piilintrc.json`,
    truePositives: [],
    falsePositives: [],
    detect(text, ctx) {
      const out: Detection[] = [];
      for (const m of regex.findAll(text)) {
        const value = text.slice(m.start, m.end);
        if (validate && !validate(value)) continue;
        if (words.length > 0 && !hasContextBefore(ctx.lower, m.start, words, window)) continue;
        out.push({
          detectorId: c.id,
          entity,
          category,
          start: m.start,
          end: m.end,
          confidence: validate || words.length > 0 ? 0.9 : 0.8,
          severity,
          reason: [validate ? `${c.validator} valid` : '', words.length ? 'context word' : ''].filter(Boolean).join(', ') || 'custom pattern',
        });
      }
      return out;
    },
  };
}
