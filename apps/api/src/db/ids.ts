// UUIDv7 ids: generated in code (so bulk inserts need no RETURNING) and time-ordered (so
// "newest first" is an index scan on the primary key). Monotonic within the process: ids made
// in the same millisecond still sort in creation order (a 12-bit counter in rand_a, RFC 9562 §6.2).
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// Random bytes drawn 64 KiB at a time: a billing run makes ~300 000 ids, and one randomBytes call per
// id was a measurable share of it.
const POOL = 65_536;
let pool = Buffer.alloc(0);
let offset = POOL;
function random16(): Buffer {
  if (offset + 16 > pool.length) {
    pool = randomBytes(POOL);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  return out;
}

export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = random16().readUInt16BE(0) & 0x7ff;
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  const bytes = random16();
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
