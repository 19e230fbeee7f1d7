// One lint thread's memory of texts it has settled, keyed by the 64-bit fingerprint of (config, role, text) that
// the run's table of clean texts computes for every text anyway (cleanTexts.ts). A Map keyed by the text itself
// would hash each text again, compare equal texts character by character and have to keep a flat copy of every
// key (a slice would pin its whole file); a fingerprint costs none of that. Two different texts share a
// fingerprint about as often as someone guesses 64 random bits (the seeds are drawn per run).

/** Values by fingerprint, at most `max` of them (the oldest entry leaves first). */
export class KnownTexts<T> {
  private readonly map = new Map<number, { b: number; value: T }>();

  constructor(private readonly max: number) {}

  get(a: number, b: number): T | undefined {
    const e = this.map.get(a);
    return e !== undefined && e.b === b ? e.value : undefined;
  }

  set(a: number, b: number, value: T): void {
    const e = this.map.get(a);
    if (e !== undefined) {
      e.b = b;
      e.value = value;
      return;
    }
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(a, { b, value });
  }

  /** Forgets a fingerprint (only when it holds this one: a different text may share the first word). */
  delete(a: number, b: number): void {
    if (this.map.get(a)?.b === b) this.map.delete(a);
  }

  get size(): number {
    return this.map.size;
  }
}
