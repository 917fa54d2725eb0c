// Admin sessions (docs/security.md): a token names a session that every request checks, so
// sign-out, a password change and removing the user end it at once; the SPA's cookie session
// (httpOnly, SameSite=Strict, CSRF header); partners' API keys and scripts' bearer tokens unchanged.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SessionEntity } from '../src/entities/index.js';
import { factories } from './factories.js';
import { ADMIN, startServer, type TestServer } from './harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t.close(); });

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt } }';
const login = async (email: string, password: string) => (await t.ok(LOGIN, { e: email, p: password }, { token: null })).login.token as string;
const me = (token: string) => t.gql('{ me { kind email } }', {}, { token });
let n = 0;
async function newAdmin(password = 'a long enough password') {
  const email = `staff${++n}@test.local`;
  const user = (await t.ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }', { i: { email, password } })).createUser;
  return { ...user, password };
}

/** POSTs like the SPA: cookie and CSRF header, no Authorization. */
async function asBrowser(query: string, variables: Record<string, unknown>, cookie: string | null, csrf = true) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers['cookie'] = cookie;
  if (csrf) headers['x-antena-csrf'] = '1';
  const res = await fetch(t.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { res, body: (await res.json()) as any };
}

describe('revocable sessions', () => {
  test('a removed user\'s token stops working at once, and cannot create another admin', async () => {
    const staff = await newAdmin();
    const token = await login(staff.email, staff.password);
    expect((await me(token)).data?.me).toEqual({ kind: 'ADMIN', email: staff.email });
    expect((await t.ok('mutation($id: ID!) { deleteUser(id: $id) { deleted } }', { id: staff.id })).deleteUser).toEqual({ deleted: true });
    const after = await me(token);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const create = await t.gql('mutation { createUser(input: { email: "ghost@test.local", password: "a long enough password" }) { id } }', {}, { token });
    expect(create.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await t.ok('{ users { email } }')).users.map((u: any) => u.email)).not.toContain('ghost@test.local');
    expect(await t.ds.getRepository(SessionEntity).countBy({ userId: staff.id })).toBe(0);
  });

  test('an admin cannot remove itself; removing an unknown user is NOT_FOUND', async () => {
    const staff = await newAdmin();
    const token = await login(staff.email, staff.password);
    const self = await t.gql('mutation($id: ID!) { deleteUser(id: $id) { deleted } }', { id: staff.id }, { token });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'CANNOT_DELETE_SELF' });
    const missing = await t.gql('mutation { deleteUser(id: "nobody") { deleted } }');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entityType: 'User' });
  });

  test('signOut ends only the calling session', async () => {
    const staff = await newAdmin();
    const first = await login(staff.email, staff.password);
    const second = await login(staff.email, staff.password);
    expect((await t.ok('mutation { signOut }', {}, { token: first })).signOut).toBe(true);
    expect((await me(first)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect((await me(second)).errors).toBeUndefined();
    expect((await t.ok('mutation { signOut }', {}, { token: null })).signOut).toBe(false);
  });

  test('changing the password ends every session of the user; the new password signs in', async () => {
    const staff = await newAdmin('the first password');
    const a = await login(staff.email, staff.password);
    const b = await login(staff.email, staff.password);
    const wrong = await t.gql('mutation { changePassword(currentPassword: "not it at all", newPassword: "the second password") { sessionsEnded } }', {}, { token: a });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const changed = await t.ok('mutation { changePassword(currentPassword: "the first password", newPassword: "the second password") { sessionsEnded } }', {}, { token: a });
    expect(changed.changePassword.sessionsEnded).toBe(2);
    for (const token of [a, b]) expect((await me(token)).errors?.[0]?.extensions?.['reason']).toBe('SESSION_ENDED');
    const old = await t.gql(LOGIN, { e: staff.email, p: 'the first password' }, { token: null });
    expect(old.errors?.[0]?.extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    expect((await me(await login(staff.email, 'the second password'))).errors).toBeUndefined();
  });

  test('an expired session is refused even with a token whose signature is valid', async () => {
    const staff = await newAdmin();
    const token = await login(staff.email, staff.password);
    await t.ds.getRepository(SessionEntity).update({ userId: staff.id }, { expiresAt: '2026-11-20T09:00:00.000Z' });
    expect((await me(token)).errors?.[0]?.extensions?.['reason']).toBe('SESSION_ENDED');
  });

  test('partners keep their API keys and scripts their bearer login, as the README shows', async () => {
    const p = await f.partnerWithKey('Partner Bearer');
    expect((await me(p.key)).data?.me).toEqual({ kind: 'PARTNER', email: null });
    const token = await login(ADMIN.email, ADMIN.password);
    const r = await t.gql('mutation($p: ID!) { createApiKey(partnerId: $p, name: "ERP") { key } }', { p: p.partner.id }, { token });
    expect(r.data?.createApiKey.key).toMatch(/^ak_/);
  });
});

describe('the SPA\'s cookie session', () => {
  test('signIn sets an httpOnly, SameSite=Strict cookie and no token in the answer', async () => {
    const { res, body } = await asBrowser('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt user { email } } }', { e: ADMIN.email, p: ADMIN.password }, null);
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn.user.email).toBe(ADMIN.email);
    expect(JSON.stringify(body)).not.toMatch(/eyJ/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^antena_session=eyJ/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    const pair = cookie.split(';')[0]!;
    expect((await asBrowser('{ me { kind email } }', {}, pair)).body.data.me).toEqual({ kind: 'ADMIN', email: ADMIN.email });
    // Without the CSRF header the cookie is not accepted (a cross-site form could not add it).
    const forged = await asBrowser('{ me { kind } }', {}, pair, false);
    expect(forged.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CSRF_HEADER_MISSING' });
    // signOut clears the cookie and ends the session: replaying the old cookie fails.
    const out = await asBrowser('mutation { signOut }', {}, pair);
    expect(out.body.data.signOut).toBe(true);
    expect(out.res.headers.get('set-cookie')).toMatch(/antena_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect((await asBrowser('{ me { kind } }', {}, pair)).body.errors[0].extensions.reason).toBe('SESSION_ENDED');
  });

  test('behind a TLS proxy the cookie is Secure', async () => {
    const res = await fetch(t.url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-antena-csrf': '1' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }', variables: { e: ADMIN.email, p: ADMIN.password } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/i);
  });

  test('a GET query or a form post is refused by CSRF prevention', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ me { kind } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20me%20%7B%20kind%20%7D%20%7D' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  test('the invoice PDF accepts the cookie with the CSRF header', async () => {
    const { client, contract, subscription } = await f.activeClient();
    const invoice = await f.invoice(client.id, contract.id, { subscriptionId: subscription.id, period: '2026-10' });
    const { res } = await asBrowser('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }', { e: ADMIN.email, p: ADMIN.password }, null);
    const pair = res.headers.get('set-cookie')!.split(';')[0]!;
    const pdf = await fetch(`${t.base}/invoices/${invoice.id}.pdf`, { headers: { cookie: pair, 'x-antena-csrf': '1' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/);
    expect((await fetch(`${t.base}/invoices/${invoice.id}.pdf`, { headers: { cookie: pair } })).status).toBe(401);
  });
});

describe('what a partner reads', () => {
  test('a partner reading a client\'s audit trail sees "staff", not the staff member\'s email', async () => {
    const p = await f.partnerWithKey('Partner Audit');
    const client = await f.client({}, { token: p.key });
    await t.ok('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }', { i: { id: client.id, version: client.version, name: 'Cambiado por el ISP' } });
    const query = 'query($id: ID!) { client(id: $id) { auditTrail(first: 10) { nodes { actorType actorName action } } } }';
    const asPartner = (await t.ok(query, { id: client.id }, { token: p.key })).client.auditTrail.nodes;
    expect(asPartner.find((e: any) => e.actorType === 'USER')).toMatchObject({ actorName: 'staff' });
    expect(asPartner.find((e: any) => e.actorType === 'PARTNER')).toMatchObject({ actorName: 'Partner Audit' });
    expect(JSON.stringify(asPartner)).not.toContain(ADMIN.email);
    const asAdmin = (await t.ok(query, { id: client.id })).client.auditTrail.nodes;
    expect(asAdmin.find((e: any) => e.actorType === 'USER')).toMatchObject({ actorName: ADMIN.email });
  });
});

describe('housekeeping', () => {
  test('a sign-in sweeps the user\'s ended sessions, leaving open ones', async () => {
    const email = 'sweep@test.local';
    const password = 'a long enough password';
    const user = (await t.ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email, password } })).createUser;
    const a = await login(email, password);
    await login(email, password);
    await t.ok('mutation { signOut }', {}, { token: a });
    expect(await t.ds.getRepository(SessionEntity).countBy({ userId: user.id })).toBe(2);
    await login(email, password);
    const rows = await t.ds.getRepository(SessionEntity).findBy({ userId: user.id });
    expect(rows.map((r) => r.revokedAt)).toEqual([null, null]);
  });
});
