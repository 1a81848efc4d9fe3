import { randomBytes } from 'node:crypto';

let lastMs = -1;
let sequence = 0;

/** Random bytes drawn from the CSPRNG in blocks: one system call per 256 ids instead of one each. */
const POOL_SIZE = 16 * 256;
let pool = randomBytes(POOL_SIZE);
let poolOffset = 0;

function random16(): Buffer {
  if (poolOffset + 16 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit
 * sequence, then 62 random bits. Ids sort by creation time, which keeps
 * B-tree inserts local, and cannot be guessed from one another (SECURITY.md
 * A3). Within one process they are strictly increasing, even when the clock
 * stands still or steps back, so "order by id" is creation order.
 */
export function newId(at: number = Date.now()): string {
  if (at > lastMs) {
    lastMs = at;
    sequence = random16().readUInt16BE(0) & 0x3ff;
  } else {
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
  }
  const bytes = random16();
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
