// Renders a piece of the SPA the way the app does: Mantine, Apollo (mocked responses), the
// language provider and a data router (as the app's, so useBlocker works), plus a probe showing where navigation went.
import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { UnsavedChangesProvider } from '../components/UnsavedChanges';

function LocationProbe() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

export function renderApp(ui: ReactElement, mocks: MockLink.MockedResponse[] = [], initialEntry = '/start'): RenderResult {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <I18nProvider>
          <RouterProvider router={createMemoryRouter([{ path: '*', element: <UnsavedChangesProvider>{ui}<LocationProbe /></UnsavedChangesProvider> }], { initialEntries: [initialEntry] })} />
        </I18nProvider>
      </MockedProvider>
    </MantineProvider>,
  );
}
