// Writes a formatter's pieces to a file or a stream in blocks, so a report of any size never exists in memory
// as one string.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';

const BLOCK_CHARS = 256 * 1024;

/** Groups small pieces into blocks of about BLOCK_CHARS. */
function* blocks(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const p of pieces) {
    if (p.length >= BLOCK_CHARS) {
      // A big piece goes out as it is (no copy into a block).
      if (size > 0) yield parts.join('');
      parts = [];
      size = 0;
      yield p;
      continue;
    }
    parts.push(p);
    size += p.length;
    if (size >= BLOCK_CHARS) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts.join('');
}

/** Writes to a new file (throws like writeFileSync would). */
export function writeToFile(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const b of blocks(pieces)) {
      const buf = Buffer.from(b, 'utf8');
      let done = 0;
      while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes to a stream, waiting for it to drain when it asks to. */
export async function writeToStream(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const b of blocks(pieces)) {
    if (!stream.write(b)) await once(stream, 'drain');
  }
}
