// A fixed memory-bound loop (a seeded walk over 32 MB, nearly every step a cache and TLB miss), timed by CPU.
// This machine's memory speed varies between runs and within one (bench/PROFILE.md, session 7), and memory-heavy
// code slows down with it; the probe's time at the start and end of a run shows which state the run met.
import { MB } from './stats';

const WORDS = (32 * MB) / 4;

/** CPU milliseconds of the walk (the same steps on every call and every machine). */
export function memoryProbeMs(steps = 1_000_000): number {
  const next = new Int32Array(WORDS);
  // a permutation-like table: multiplicative hash of the index, so successive steps land far apart
  for (let i = 0; i < WORDS; i++) next[i] = Math.imul(i, 0x9e3779b1) >>> 9 & (WORDS - 1);
  let at = 0;
  let sum = 0;
  const c = process.cpuUsage();
  for (let s = 0; s < steps; s++) {
    at = next[at] ^ (s & 1023);
    sum += at;
  }
  const d = process.cpuUsage(c);
  if (sum === -1) throw new Error('unreachable: keeps the loop from being optimised away');
  return (d.user + d.system) / 1000;
}

/** The median of three probes (one probe is ~0.3 s). */
export function memoryProbe(): number {
  const ms = [memoryProbeMs(), memoryProbeMs(), memoryProbeMs()].sort((a, b) => a - b);
  return ms[1];
}
