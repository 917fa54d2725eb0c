// Admin users: login (scrypt + JWT), creation, and the first admin on first start (SPEC §5).
import type { DataSource } from 'typeorm';
import { hashPassword, randomPassword, verifyPassword } from '../auth/passwords.js';
import { signToken } from '../auth/tokens.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import { UserEntity } from '../entities/index.js';
import { badInput, duplicate, unauthenticated } from '../errors/errors.js';
import { audit } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

export const MIN_PASSWORD_LENGTH = 10;

export class UserService {
  constructor(private readonly scope: Scope, private readonly jwtSecret: Uint8Array) {}

  async login(email: string, password: string): Promise<{ token: string; expiresAt: string; user: UserEntity }> {
    const user = await this.scope.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    // Verify against a dummy hash too, so a wrong email costs the same time as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw unauthenticated(this.scope.locale, 'INVALID_CREDENTIALS');
    return { ...(await signToken(this.jwtSecret, { userId: user.id, email: user.email, role: 'ADMIN' }, this.scope.now)), user };
  }

  list(): Promise<UserEntity[]> {
    return this.scope.ds.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  async create(email: string, password: string): Promise<UserEntity> {
    const read = new InputReader(this.scope.locale);
    const normalized = read.email('email', email).toLowerCase();
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw badInput(this.scope.locale, 'input.password', 'PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
    }
    const user: UserEntity = { id: newId(), email: normalized, passwordHash: await hashPassword(password), role: 'ADMIN', createdAt: this.scope.now.toISOString() };
    return inTransaction(this.scope.ds, async (m) => {
      if (await m.existsBy(UserEntity, { email: normalized })) throw duplicate(this.scope.locale, 'input.email');
      await m.insert(UserEntity, user);
      await audit(m, this.scope, [{ entityType: 'User', entityId: user.id, clientId: null, action: 'CREATE', changes: [{ field: 'email', from: null, to: normalized }] }]);
      return user;
    });
  }
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** On first start only: the admin from the environment, or a generated password to print once. */
export async function ensureFirstAdmin(ds: DataSource, env: { email?: string; password?: string }): Promise<{ email: string; password: string | null; created: boolean }> {
  const repo = ds.getRepository(UserEntity);
  if ((await repo.count()) > 0) return { email: (await repo.find({ order: { createdAt: 'ASC' }, take: 1 }))[0]!.email, password: null, created: false };
  const email = (env.email ?? 'admin@antena.local').trim().toLowerCase();
  const password = env.password ?? randomPassword();
  await repo.insert({ id: newId(), email, passwordHash: await hashPassword(password), role: 'ADMIN', createdAt: new Date().toISOString() });
  return { email, password, created: true };
}
