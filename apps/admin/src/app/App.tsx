import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { useMemo, useState } from 'react';
import { createApolloClient } from '../apollo/client';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { router } from './router';
import { createAppTheme, cssVariablesResolver } from './theme';

// Inside the language: the theme names Mantine's close and clear buttons in the chosen language.
function ThemedApp() {
  const { t } = useI18n();
  const theme = useMemo(() => createAppTheme({ close: t('common.close'), clear: t('common.clear') }), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <RouterProvider router={router} />
    </MantineProvider>
  );
}

export function App() {
  const [client] = useState(() => createApolloClient());
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <ThemedApp />
      </I18nProvider>
    </ApolloProvider>
  );
}
