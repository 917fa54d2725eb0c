// Admin users: sign-in (throttled, scrypt, a revocable session per sign-in), sign-out, password
// changes and removal (both end every session of the user), and the first admin on first start
// (docs/product.md §5, docs/security.md).
import type { DataSource } from 'typeorm';
import { checkNewPassword } from '../auth/password-policy.js';
import { DUMMY_HASH, hashPassword, needsRehash, randomPassword, verifyPassword } from '../auth/passwords.js';
import { StartupError } from '../auth/jwt-secret.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { SessionCookieJar } from '../auth/session-cookie.js';
import { signToken, TOKEN_TTL_SECONDS } from '../auth/tokens.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import { SessionEntity, UserEntity } from '../entities/index.js';
import { badInput, duplicate, loginThrottled, notFound, unauthenticated } from '../errors/errors.js';
import type { Logger } from '../logging/logger.js';
import { audit } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

/** What sign-in needs beyond the scope: the signing secret, the throttle, the log and the HTTP exchange. */
export interface AuthDeps {
  jwtSecret: Uint8Array;
  throttle: LoginThrottle;
  log: Logger;
  requestId: string;
  /** The caller's address (behind a trusted proxy, the forwarded one). */
  address: string;
  cookies: SessionCookieJar;
}

export interface SignedIn { token: string; expiresAt: string; user: UserEntity }

export class UserService {
  constructor(private readonly scope: Scope, private readonly auth: AuthDeps) {}

  /** Checks the credentials and opens a session; `cookie` puts its token in the SPA's cookie. */
  async login(email: string, password: string, options: { cookie?: boolean } = {}): Promise<SignedIn> {
    const { throttle, log, requestId, address } = this.auth;
    const now = this.scope.now;
    const account = email.trim().toLowerCase();
    const keys = { account, address };
    const wait = throttle.retryAfterSeconds(keys, now);
    if (wait > 0) {
      log.warn({ event: 'sign-in', outcome: 'throttled', requestId, address, retryAfterSeconds: wait }, 'sign-in refused: too many failures');
      throw loginThrottled(this.scope.locale, wait, now);
    }
    const repo = this.scope.ds.getRepository(UserEntity);
    const user = await repo.findOneBy({ email: account });
    // Verify against a dummy hash too, so a wrong email costs the same time as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      const delay = throttle.failure(keys, now);
      // The typed email is only logged when it is a real account: a password typed into the
      // email field must not end up in the log.
      log.warn({ event: 'sign-in', outcome: 'failure', requestId, address, userId: user?.id ?? null, knownAccount: !!user, lockedForSeconds: delay }, 'sign-in failed');
      throw unauthenticated(this.scope.locale, 'INVALID_CREDENTIALS');
    }
    throttle.success(keys);
    if (needsRehash(user.passwordHash)) {
      user.passwordHash = await hashPassword(password);
      await repo.update({ id: user.id }, { passwordHash: user.passwordHash });
    }
    const session: SessionEntity = {
      id: newId(), userId: user.id, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + TOKEN_TTL_SECONDS * 1000).toISOString(), revokedAt: null,
    };
    const sessions = this.scope.ds.getRepository(SessionEntity);
    // Ended sessions of this user are of no further use: each sign-in sweeps them.
    await sessions.createQueryBuilder().delete().where('"userId" = :id AND ("revokedAt" IS NOT NULL OR "expiresAt" <= :now)', { id: user.id, now: now.toISOString() }).execute();
    await sessions.insert(session);
    const expires = new Date(session.expiresAt);
    const token = await signToken(this.auth.jwtSecret, { userId: user.id, sessionId: session.id, role: 'ADMIN' }, expires, now);
    if (options.cookie) this.auth.cookies.set(token, expires);
    log.info({ event: 'sign-in', outcome: 'success', requestId, address, userId: user.id, sessionId: session.id, via: options.cookie ? 'cookie' : 'bearer' }, 'signed in');
    return { token, expiresAt: session.expiresAt, user };
  }

  /** Ends the caller's own session (bearer or cookie) and clears the cookie. */
  async signOut(): Promise<boolean> {
    const actor = this.scope.actor;
    this.auth.cookies.clear();
    if (actor?.kind !== 'ADMIN') return false;
    await this.scope.ds.getRepository(SessionEntity).update({ id: actor.sessionId }, { revokedAt: this.scope.now.toISOString() });
    this.auth.log.info({ event: 'sign-out', requestId: this.auth.requestId, userId: actor.userId, sessionId: actor.sessionId }, 'signed out');
    return true;
  }

  /** The caller's own password: checks the current one, stores the new one and ends every session of the user. */
  async changePassword(currentPassword: string, newPassword: string): Promise<number> {
    const actor = this.scope.actor;
    if (actor?.kind !== 'ADMIN') throw unauthenticated(this.scope.locale);
    const user = await this.scope.ds.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw badInput(this.scope.locale, 'currentPassword', 'INVALID_CREDENTIALS');
    }
    const passwordHash = await this.newPasswordHash('newPassword', newPassword);
    const ended = await inTransaction(this.scope.ds, async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      const result = await m.createQueryBuilder().update(SessionEntity).set({ revokedAt: this.scope.now.toISOString() })
        .where('"userId" = :id AND "revokedAt" IS NULL', { id: user.id }).execute();
      await audit(m, this.scope, [{ entityType: 'User', entityId: user.id, clientId: null, action: 'CHANGE_PASSWORD' }]);
      return result.affected ?? 0;
    });
    this.auth.cookies.clear();
    this.auth.log.info({ event: 'password-changed', requestId: this.auth.requestId, userId: user.id, sessionsEnded: ended }, 'password changed; every session ended');
    return ended;
  }

  list(): Promise<UserEntity[]> {
    return this.scope.ds.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  async create(email: string, password: string): Promise<UserEntity> {
    const read = new InputReader(this.scope.locale);
    const normalized = read.email('email', email).toLowerCase();
    const user: UserEntity = { id: newId(), email: normalized, passwordHash: await this.newPasswordHash('input.password', password), role: 'ADMIN', createdAt: this.scope.now.toISOString() };
    return inTransaction(this.scope.ds, async (m) => {
      if (await m.existsBy(UserEntity, { email: normalized })) throw duplicate(this.scope.locale, 'input.email');
      await m.insert(UserEntity, user);
      await audit(m, this.scope, [{ entityType: 'User', entityId: user.id, clientId: null, action: 'CREATE', changes: [{ field: 'email', from: null, to: normalized }] }]);
      return user;
    });
  }

  /** Removes another admin; its sessions go with it (and its tokens stop working at once). */
  async remove(id: string): Promise<boolean> {
    const actor = this.scope.actor;
    if (actor?.kind === 'ADMIN' && actor.userId === id) throw badInput(this.scope.locale, 'id', 'CANNOT_DELETE_SELF');
    await inTransaction(this.scope.ds, async (m) => {
      const user = await m.findOneBy(UserEntity, { id });
      if (!user) throw notFound(this.scope.locale, 'User', id);
      await m.delete(SessionEntity, { userId: id });
      await m.delete(UserEntity, { id });
      await audit(m, this.scope, [{ entityType: 'User', entityId: id, clientId: null, action: 'DELETE', changes: [{ field: 'email', from: user.email, to: null }] }]);
    });
    this.auth.log.info({ event: 'user-removed', requestId: this.auth.requestId, userId: id }, 'user removed; every session ended');
    return true;
  }

  private async newPasswordHash(field: string, password: string): Promise<string> {
    const refusal = checkNewPassword(password);
    if (refusal) throw badInput(this.scope.locale, field, refusal.code, refusal.params);
    return hashPassword(password);
  }
}

/**
 * On first start only: the admin from the environment, or a generated password to print once.
 * `passwordFromEnv` tells the caller not to print it: a password the operator chose is never echoed.
 */
export async function ensureFirstAdmin(ds: DataSource, env: { email?: string | undefined; password?: string | undefined }): Promise<{ email: string; password: string | null; created: boolean; passwordFromEnv: boolean }> {
  const repo = ds.getRepository(UserEntity);
  if ((await repo.count()) > 0) return { email: (await repo.find({ order: { createdAt: 'ASC' }, take: 1 }))[0]!.email, password: null, created: false, passwordFromEnv: false };
  const email = (env.email ?? 'admin@antena.local').trim().toLowerCase();
  const fromEnv = env.password !== undefined && env.password !== '';
  const password = fromEnv ? env.password! : randomPassword();
  const refusal = checkNewPassword(password);
  if (refusal) throw new StartupError(`ANTENA_ADMIN_PASSWORD is refused (${refusal.code}): use 10 to 200 characters, not only spaces.`);
  await repo.insert({ id: newId(), email, passwordHash: await hashPassword(password), role: 'ADMIN', createdAt: new Date().toISOString() });
  return { email, password: fromEnv ? null : password, created: true, passwordFromEnv: fromEnv };
}
