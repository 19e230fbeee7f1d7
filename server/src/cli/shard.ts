// `--shard i/n`: a deterministic partition of the file set by a hash of each file's relative path, so every CI
// matrix job computes the same split without coordination and the shards add up to the whole run.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return `--shard must look like i/n (for example 2/4), got "${spec}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${spec}: i must be between 1 and n`;
  return { index, count };
}

export function inShard(relativePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha1').update(relativePath.replace(/\\/g, '/')).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
