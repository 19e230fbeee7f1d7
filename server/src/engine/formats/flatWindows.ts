// Flat copies of a document, one window of lines at a time, for the runner's one pass over each line (detectInText
// with a source). The document string is often not flat itself: a slice of a bigger string (a file head), or a
// concatenation flattened behind its wrapper; a slice of it leads to the same wrapper. Every character read through
// a wrapper costs about twice a read of a flat string (a 400 KB log: 51-66 ms vs 28-33 ms for 30 reads of every
// character), and the one pass reads every character. One window at a time: a 20 MB log is not copied whole.

/** Characters per window (a two-byte window stays below V8's large-object size). */
const WINDOW = 1 << 15;

export class FlatWindows {
  private text = '';
  /** Where the current window starts in the document. */
  private from = 0;
  private to = 0;

  constructor(private readonly raw: string) {}

  /** A flat string holding raw[from, to); the range starts at `from - this.startOf()` in it. */
  cover(from: number, to: number): string {
    if (from < this.from || to > this.to) {
      const end = Math.min(this.raw.length, Math.max(to, from + WINDOW));
      this.text = flatCopy(this.raw, from, end);
      this.from = from;
      this.to = end;
    }
    return this.text;
  }

  /** Where the window `cover` returned last starts in the document. */
  startOf(): number {
    return this.from;
  }
}

/**
 * raw[from, to) as a new flat string. Joining two pieces makes V8 allocate the result and copy both into it; a
 * plain slice would be one more view of raw's underlying string.
 */
function flatCopy(raw: string, from: number, to: number): string {
  if (to - from < 2) return raw.slice(from, to);
  return [raw.slice(from, from + 1), raw.slice(from + 1, to)].join('');
}
