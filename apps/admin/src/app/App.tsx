import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { useState } from 'react';
import { createApolloClient } from '../apollo/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { router } from './router';
import { theme } from './theme';

export function App() {
  const [client] = useState(() => createApolloClient());
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <I18nProvider>
          <RouterProvider router={router} />
        </I18nProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
