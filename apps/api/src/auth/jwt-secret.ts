// Where the admin tokens' signing secret comes from: ANTENA_JWT_SECRET, required when
// NODE_ENV=production; otherwise (the embedded default) a random secret generated once into the
// data directory as `jwt-secret` with 0600 permissions. Never from a database table: a copy of the
// database must not be enough to forge admin tokens.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MIN_SECRET_LENGTH = 32;
export const SECRET_FILE = 'jwt-secret';

export class StartupError extends Error {}

export function loadJwtSecret(env: NodeJS.ProcessEnv, dataDir: string = resolve(process.cwd(), env['ANTENA_DATA_DIR'] || 'data')): Uint8Array {
  const fromEnv = env['ANTENA_JWT_SECRET'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new StartupError(`ANTENA_JWT_SECRET is too short (${fromEnv.length} characters): use at least ${MIN_SECRET_LENGTH} random characters, e.g. the output of \`openssl rand -base64 48\`.`);
    }
    return new TextEncoder().encode(fromEnv);
  }
  if (env['NODE_ENV'] === 'production') {
    throw new StartupError('ANTENA_JWT_SECRET is required when NODE_ENV=production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`), the same on every server of the installation.');
  }
  return new TextEncoder().encode(secretFile(dataDir));
}

function secretFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SECRET_FILE);
  try {
    // 'wx': two servers starting at once on one data directory: the loser reads the winner's file.
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < MIN_SECRET_LENGTH) throw new StartupError(`${file} holds no usable secret: delete it and start again (every admin signs in again).`);
  return value;
}
