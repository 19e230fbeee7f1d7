// Writes a formatter's pieces to a file or a stream in blocks, so a report of any size never exists in memory
// as one string.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';

const BLOCK_CHARS = 256 * 1024;

type Piece = string | Uint8Array;

/** One block of small pieces: joined text, or bytes when some pieces are bytes already. */
function joined(parts: Piece[]): Piece {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** Groups small pieces into blocks of about BLOCK_CHARS (characters or bytes). */
function* blocks(pieces: Iterable<Piece>): Generator<Piece> {
  let parts: Piece[] = [];
  let size = 0;
  for (const p of pieces) {
    if (p.length >= BLOCK_CHARS) {
      // A big piece goes out as it is (no copy into a block).
      if (size > 0) yield joined(parts);
      parts = [];
      size = 0;
      yield p;
      continue;
    }
    parts.push(p);
    size += p.length;
    if (size >= BLOCK_CHARS) {
      yield joined(parts);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield joined(parts);
}

/** Writes to a new file (throws like writeFileSync would). */
export function writeToFile(path: string, pieces: Iterable<Piece>): void {
  const fd = openSync(path, 'w');
  try {
    for (const b of blocks(pieces)) {
      const buf = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
      let done = 0;
      while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes to a stream, waiting for it to drain when it asks to. */
export async function writeToStream(stream: NodeJS.WritableStream, pieces: Iterable<Piece>): Promise<void> {
  for (const b of blocks(pieces)) {
    if (!stream.write(b)) await once(stream, 'drain');
  }
}
