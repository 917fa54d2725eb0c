import { describe, expect, it, vi } from 'vitest';
import { gql } from '@apollo/client';
import { createApolloClient } from './client';
import { session } from '../auth/session';
import { languageStore } from '../i18n/language';

const Me = gql`query Me { me { kind } }`;

function respond(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

describe('Apollo client', () => {
  it('sends the bearer token and the chosen language with every request', async () => {
    const fetch = respond({ data: { me: { __typename: 'Me', kind: 'ADMIN' } } });
    session.signIn('token-123');
    languageStore.set('en');
    await createApolloClient('http://api.test/graphql', fetch).query({ query: Me });
    const headers = new Headers(fetch.mock.calls[0]![1]!.headers);
    expect(headers.get('authorization')).toBe('Bearer token-123');
    expect(headers.get('accept-language')).toBe('en');
    languageStore.set('es');
  });

  it('signs out when the server no longer accepts the token', async () => {
    const fetch = respond({ errors: [{ message: 'Sesión caducada', extensions: { code: 'UNAUTHENTICATED' } }] });
    session.signIn('expired');
    await expect(createApolloClient('http://api.test/graphql', fetch).query({ query: Me })).rejects.toThrow('Sesión caducada');
    expect(session.token()).toBeNull();
  });
});
