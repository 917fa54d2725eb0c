// One Apollo Client: bearer token and Accept-Language on every request; an expired token signs out.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, CombinedGraphQLErrors } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { session } from '../auth/session';
import { languageStore } from '../i18n/language';

const headersLink = new SetContextLink((previous) => {
  const token = session.token();
  return {
    headers: {
      ...(previous.headers as Record<string, string> | undefined),
      'accept-language': languageStore.get(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

const signOutOnExpiry = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') && session.token()) {
    session.signOut();
  }
});

export function createApolloClient(uri = '/graphql', fetchImpl?: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([signOutOnExpiry, headersLink, new HttpLink({ uri, ...(fetchImpl ? { fetch: fetchImpl } : {}) })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      // Server messages are translated per request, so show cached data but always ask again.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
