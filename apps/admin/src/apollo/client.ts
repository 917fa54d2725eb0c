// One Apollo Client: the session cookie (sent by the browser, same origin), the CSRF header the
// server requires with it, and Accept-Language on every request; an ended session signs out.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, CombinedGraphQLErrors } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CSRF_HEADERS, session } from '../auth/session';
import { languageStore } from '../i18n/language';

const headersLink = new SetContextLink((previous) => ({
  headers: {
    ...(previous.headers as Record<string, string> | undefined),
    'accept-language': languageStore.get(),
    ...CSRF_HEADERS,
  },
}));

const signOutOnExpiry = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') && session.active()) {
    session.signOut();
  }
});

export function createApolloClient(uri = '/graphql', fetchImpl?: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([signOutOnExpiry, headersLink, new HttpLink({ uri, credentials: 'same-origin', ...(fetchImpl ? { fetch: fetchImpl } : {}) })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      // Server messages are translated per request, so show cached data but always ask again.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
