import { describe, expect, it, vi } from 'vitest';
import { gql } from '@apollo/client';
import { createApolloClient } from './client';
import { session } from '../auth/session';
import { languageStore } from '../i18n/language';

const Me = gql`query Me { me { kind } }`;

function respond(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

describe('Apollo client', () => {
  it('relies on the session cookie: sends the CSRF header and the language, never an Authorization header', async () => {
    const fetch = respond({ data: { me: { __typename: 'Me', kind: 'ADMIN' } } });
    session.signIn(inAnHour());
    languageStore.set('en');
    await createApolloClient('http://api.test/graphql', fetch).query({ query: Me });
    const init = fetch.mock.calls[0]![1]!;
    const headers = new Headers(init.headers);
    expect(headers.get('x-antena-csrf')).toBe('1');
    expect(headers.get('authorization')).toBeNull();
    expect(headers.get('accept-language')).toBe('en');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.stringify(localStorage)).not.toMatch(/eyJ/);
    languageStore.set('es');
  });

  it('signs out when the server says the session has ended', async () => {
    const fetch = respond({ errors: [{ message: 'La sesión ha terminado', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] });
    session.signIn(inAnHour());
    await expect(createApolloClient('http://api.test/graphql', fetch).query({ query: Me })).rejects.toThrow('La sesión ha terminado');
    expect(session.active()).toBe(false);
  });

  it('an expired session is not active', () => {
    session.signIn(new Date(Date.now() - 1000).toISOString());
    expect(session.active()).toBe(false);
  });
});
