// Sign-in (docs/security.md): throttled per account and per address with growing delays that say
// when to retry, logged without the password; scrypt at N=2^17 with a transparent rehash of older
// hashes; new passwords of only spaces refused with an explanation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword, needsRehash, SCRYPT, verifyPassword } from '../src/auth/passwords.js';
import { LoginThrottle } from '../src/auth/login-throttle.js';
import { UserEntity } from '../src/entities/index.js';
import { ADMIN, TEST_NOW, startServer, type TestServer } from './harness.js';

let t: TestServer;
let clock = TEST_NOW;
beforeAll(async () => {
  t = await startServer({ app: { now: () => clock, throttle: { accountFreeFailures: 3, addressFreeFailures: 8, baseDelaySeconds: 2 } } });
});
afterAll(async () => { await t.close(); });

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const attempt = (email: string, password: string, address?: string) =>
  t.gql(LOGIN, { e: email, p: password }, { token: null, ...(address ? { headers: { 'x-forwarded-for': address } } : {}) });
const later = (seconds: number) => { clock = new Date(clock.getTime() + seconds * 1000); };
let n = 0;
async function newAdmin(password = 'a long enough password') {
  const email = `login${++n}@test.local`;
  await t.ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email, password } });
  return { email, password };
}

describe('throttling', () => {
  test('per account: after the free failures, delays grow and even the right password waits', async () => {
    const staff = await newAdmin();
    for (let i = 0; i < 3; i++) expect((await attempt(staff.email, `wrong ${i}`, '10.0.0.1')).errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    // The fourth failure locks the account for 2 s, the fifth (after waiting) for 4 s.
    expect((await attempt(staff.email, 'wrong 4', '10.0.0.2')).errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    const locked = await attempt(staff.email, staff.password, '10.0.0.3');
    expect(locked.status).toBe(429);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED', retryAfterSeconds: 2 });
    expect(locked.errors?.[0]?.message).toBe('Demasiados intentos fallidos. Vuelva a intentarlo dentro de 2 segundos.');
    later(2);
    expect((await attempt(staff.email, 'wrong 5', '10.0.0.4')).errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    const longer = await attempt(staff.email, staff.password, '10.0.0.5');
    expect(longer.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 4, retryAt: new Date(clock.getTime() + 4000).toISOString() });
    later(4);
    expect((await attempt(staff.email, staff.password, '10.0.0.6')).errors).toBeUndefined();
    // Success clears the account: the next mistake is free again.
    expect((await attempt(staff.email, 'wrong again', '10.0.0.7')).errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    expect((await attempt(staff.email, staff.password, '10.0.0.8')).errors).toBeUndefined();
  });

  test('per address: many accounts tried from one address lock that address, not the others', async () => {
    for (let i = 0; i < 9; i++) await attempt(`nobody${i}@test.local`, 'guess', '10.9.9.9');
    const fromThere = await attempt(ADMIN.email, ADMIN.password, '10.9.9.9');
    expect(fromThere.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 2 });
    expect((await attempt(ADMIN.email, ADMIN.password, '10.1.1.1')).errors).toBeUndefined();
    later(2);
  });

  test('the English message says when to try again', async () => {
    const staff = await newAdmin();
    for (let i = 0; i < 4; i++) await attempt(staff.email, 'wrong', '10.0.1.1');
    const r = await t.gql(LOGIN, { e: staff.email, p: 'wrong' }, { token: null, locale: 'en', headers: { 'x-forwarded-for': '10.0.1.2' } });
    expect(r.errors?.[0]?.message).toBe('Too many failed attempts. Try again in 2 seconds.');
    later(60);
  });

  test('300 wrong passwords in a row: at most the free ones are checked, the rest refused without hashing', async () => {
    const throttle = new LoginThrottle();
    const now = new Date('2026-11-20T10:00:00Z');
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      if (throttle.retryAfterSeconds({ account: 'a@test.local', address: '10.0.0.1' }, now) > 0) continue;
      checked++;
      throttle.failure({ account: 'a@test.local', address: '10.0.0.1' }, now);
    }
    expect(checked).toBe(6);
    // The delay doubles up to its ceiling of 15 minutes.
    const ceiling = new LoginThrottle({ accountFreeFailures: 0 });
    const delays = Array.from({ length: 12 }, (_, i) => ceiling.failure({ account: 'b', address: String(i) }, new Date(now.getTime() + i * 3600_000)));
    expect(delays).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
  });

  test('sign-ins are logged, failed and successful, without the password', async () => {
    const staff = await newAdmin('a password to never log');
    await attempt(staff.email, 'a wrong secret to never log', '10.0.2.1');
    await attempt(staff.email, 'a password to never log', '10.0.2.1');
    const signIns = t.logs.filter((l) => l.event === 'sign-in' && l.address === '10.0.2.1');
    expect(signIns.map((l) => l.outcome)).toEqual(['failure', 'success']);
    expect(signIns[0]).toMatchObject({ knownAccount: true, userId: expect.any(String), requestId: expect.any(String) });
    const all = JSON.stringify(t.logs);
    expect(all).not.toContain('a wrong secret to never log');
    expect(all).not.toContain('a password to never log');
  });
});

describe('passwords', () => {
  test('new hashes use scrypt N=2^17, r=8, p=1', async () => {
    const hash = await hashPassword('whatever it is');
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
    expect(SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    expect(await verifyPassword('whatever it is', hash)).toBe(true);
    expect(await verifyPassword('whatever it was', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  test('an older, cheaper hash still signs in and is replaced by a current one', async () => {
    const staff = await newAdmin('an older password');
    // The hash an earlier release wrote (N=2^14), made here with that cost.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), scryptSync('an older password', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')].join('$');
    await t.ds.getRepository(UserEntity).update({ email: staff.email }, { passwordHash: old });
    expect(needsRehash(old)).toBe(true);
    expect((await attempt(staff.email, staff.password, '10.0.3.1')).errors).toBeUndefined();
    const stored = (await t.ds.getRepository(UserEntity).findOneByOrFail({ email: staff.email })).passwordHash;
    expect(stored).not.toBe(old);
    expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect((await attempt(staff.email, staff.password, '10.0.3.1')).errors).toBeUndefined();
  });

  test('a password of only spaces is refused, explained, on creation and on change', async () => {
    const blank = await t.gql('mutation { createUser(input: { email: "blank@test.local", password: "            " }) { id } }');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password', reason: 'PASSWORD_BLANK' });
    expect(blank.errors?.[0]?.message).toBe('La contraseña no puede ser solo espacios: escriba letras, cifras o signos.');
    const change = await t.gql('mutation { changePassword(currentPassword: "correct horse battery", newPassword: "\\t          ") { sessionsEnded } }', {}, { locale: 'en' });
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'PASSWORD_BLANK' });
    expect(change.errors?.[0]?.message).toBe('The password cannot be only spaces: type letters, digits or symbols.');
    const long = await t.gql('mutation($p: String!) { createUser(input: { email: "long@test.local", password: $p }) { id } }', { p: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'input.password', reason: 'PASSWORD_TOO_LONG' });
  });
});
