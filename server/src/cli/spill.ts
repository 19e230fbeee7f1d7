// A temporary file of JSON lines: the run's findings (and dry-run diffs) go here once too many are held in
// memory, and are read back, range by range, when the report is written. Removed when the run ends.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpillRange {
  start: number;
  end: number;
}

const READ_BYTES = 1 << 20;

export class SpillFile {
  private fd = -1;
  /** One read buffer for every range (a report reads back one range per file). */
  private buf?: Buffer;
  private dir = '';
  private size = 0;

  private open(): number {
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'pii-lint-spill-'));
      this.fd = openSync(join(this.dir, 'findings.jsonl'), 'w+', 0o600);
    }
    return this.fd;
  }

  /** Appends texts (each of complete lines; UTF-8 bytes or strings) in one write and returns where each one was written. */
  append(texts: (string | Uint8Array)[]): SpillRange[] {
    const fd = this.open();
    const ranges: SpillRange[] = [];
    for (const t of texts) {
      const end = this.size + (typeof t === 'string' ? Buffer.byteLength(t, 'utf8') : t.byteLength);
      ranges.push({ start: this.size, end });
      this.size = end;
    }
    const buf = texts.every((t) => typeof t === 'string')
      ? Buffer.from(texts.join(''), 'utf8')
      : Buffer.concat(texts.map((t) => (typeof t === 'string' ? Buffer.from(t, 'utf8') : t)));
    const at = this.size - buf.length;
    let done = 0;
    while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done, at + done);
    return ranges;
  }

  /** The lines of a range, without their line breaks, read a megabyte at a time. */
  *lines(range: SpillRange): Generator<string> {
    const buf = (this.buf ??= Buffer.allocUnsafe(READ_BYTES));
    let pos = range.start;
    let carry: Buffer | undefined;
    while (pos < range.end) {
      const n = readSync(this.fd, buf, 0, Math.min(READ_BYTES, range.end - pos), pos);
      if (n <= 0) throw new Error('spill file ended early');
      pos += n;
      const data = carry ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      const last = data.lastIndexOf(10);
      if (last < 0) {
        carry = Buffer.from(data);
        continue;
      }
      const text = data.toString('utf8', 0, last);
      carry = last + 1 < data.length ? Buffer.from(data.subarray(last + 1)) : undefined;
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        yield text.slice(from, nl);
        from = nl + 1;
      }
      yield text.slice(from);
    }
    if (carry && carry.length > 0) yield carry.toString('utf8');
  }

  /** The text of a range, decoded a megabyte at a time. */
  *text(range: SpillRange): Generator<string> {
    const buf = (this.buf ??= Buffer.allocUnsafe(READ_BYTES));
    const decoder = new TextDecoder('utf-8');
    for (let pos = range.start; pos < range.end; ) {
      const n = readSync(this.fd, buf, 0, Math.min(READ_BYTES, range.end - pos), pos);
      if (n <= 0) throw new Error('spill file ended early');
      pos += n;
      yield decoder.decode(buf.subarray(0, n), { stream: pos < range.end });
    }
  }

  close(): void {
    if (this.fd >= 0) {
      try {
        closeSync(this.fd);
      } catch {
        /* already closed */
      }
      this.fd = -1;
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
