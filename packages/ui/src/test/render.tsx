// Components always run inside Mantine and a chosen language, as in the app.
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { UiLocaleProvider, type UiLocale } from '../locale';

export function renderUi(ui: ReactElement, locale: UiLocale = 'es'): RenderResult {
  return render(
    <MantineProvider>
      <UiLocaleProvider locale={locale}>{ui}</UiLocaleProvider>
    </MantineProvider>,
  );
}
