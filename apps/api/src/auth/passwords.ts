// Password hashing with scrypt (node:crypto) at OWASP's current cost, N=2^17, r=8, p=1:
// "scrypt$N$r$p$salt$hash", compared in constant time. Hashes made with other parameters still
// verify, and needsRehash tells the login to store a new hash (docs/security.md).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEYLEN = 32;
// scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB.
const maxmemFor = (N: number, r: number) => 128 * N * r + 16 * 1024 * 1024;
// Each hash holds 128 MiB for a few hundred milliseconds: at most two at a time, the rest wait.
const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions & { N: number; r: number }): Promise<Buffer> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) =>
      scryptCb(password, salt, keylen, { ...options, maxmem: maxmemFor(options.N, options.r) }, (err, key) => (err ? reject(err) : resolve(key))));
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

// Parameters of a stored hash are bounded, so a tampered row cannot make a login allocate gigabytes.
const plausible = (n: number, r: number, p: number) => Number.isInteger(Math.log2(n)) && n >= 2 ** 10 && n <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const N = Number(n), R = Number(r), P = Number(p);
  if (scheme !== 'scrypt' || !salt || !hash || !plausible(N, R, P)) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N, r: R, p: P });
  return timingSafeEqual(key, expected);
}

/** True when the stored hash was made with other parameters than today's: store a new one. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== SCRYPT.N || Number(r) !== SCRYPT.r || Number(p) !== SCRYPT.p;
}

/** Verified against when the email is unknown, so a wrong email costs the same time as a wrong password. */
export const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;

export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}
