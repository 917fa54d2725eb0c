// The one h1 of every page: it names the browser tab ("Clientes · Antena") and takes the focus after
// each navigation, so a screen reader announces the new page and Tab continues from its top.
import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

export function PageTitle({ children }: { children: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);

  // Once per navigation (the location key changes), not on every re-render of the page.
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);

  return <Title ref={ref} order={1} size="h2" tabIndex={-1} id="page-title" style={{ outline: 'none' }}>{children}</Title>;
}
