// Small helpers shared by detector modules.
import type { Detection, Severity } from '../types';
import type { Detector } from './types';

type DetectorHead = Pick<Detector, 'id' | 'entity' | 'category' | 'defaultSeverity'>;

export function hit(
  d: DetectorHead,
  start: number,
  end: number,
  confidence: number,
  reason: string,
  extra: { severity?: Severity; testValue?: boolean; entity?: string } = {},
): Detection {
  return {
    detectorId: d.id,
    entity: extra.entity ?? d.entity,
    category: d.category,
    start,
    end,
    confidence,
    severity: extra.severity ?? d.defaultSeverity,
    reason,
    ...(extra.testValue ? { testValue: true } : {}),
  };
}

/** Runs a global regex over text and yields each match (the regex must have the g flag). */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** An ASCII digit's char code. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** True when the char code is an ASCII letter or digit. */
export function isAsciiAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when the char at i is an ASCII letter or digit. */
export function isAlnumAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isAsciiAlnumCode(s.charCodeAt(i));
}
