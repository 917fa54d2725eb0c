// Partner API keys: "ak_" + 32 random bytes; only the sha256 is stored (a key has full entropy,
// so a fast hash is enough and lets us look it up by hash).
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'ak_';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}
