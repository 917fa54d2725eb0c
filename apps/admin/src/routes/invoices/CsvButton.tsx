// The CSV export of the filtered invoices. Like the PDF, it needs the session cookie and the CSRF
// header a plain link cannot send: fetch it, then save the blob under the server's file name.
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { CSRF_HEADERS } from '../../auth/session';
import { languageStore } from '../../i18n/language';
import { useI18n } from '../../i18n/I18nProvider';
import { notifyFailure } from '../../components/notify';
import type { InvoiceFilter } from '../../gql/graphql';

/** The filter as GET /invoices.csv reads it (`status` repeated). */
export function csvQuery(filter: InvoiceFilter): string {
  const q = new URLSearchParams();
  for (const s of filter.status ?? []) q.append('status', s);
  for (const key of ['kind', 'periodFrom', 'periodTo', 'clientId', 'minTotalCents', 'maxTotalCents'] as const) {
    const value = filter[key];
    if (value !== null && value !== undefined) q.set(key, String(value));
  }
  return q.toString();
}

/** Exports every invoice the filter selects, oldest first (the on-screen order does not apply). */
export function CsvButton({ filter }: { filter: InvoiceFilter }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const response = await fetch(`/invoices.csv?${csvQuery(filter)}`, { credentials: 'same-origin', headers: { 'accept-language': languageStore.get(), ...CSRF_HEADERS } });
      if (!response.ok) throw new Error(`${response.status}`);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'facturas.csv';
      const href = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = href;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch (error) {
      notifyFailure(t('common.error'), `${t('invoices.export')}: ${error instanceof Error ? error.message : ''}`);
    } finally {
      setLoading(false);
    }
  };
  return <Button variant="light" loading={loading} leftSection={<IconDownload size={16} />} onClick={() => void download()}>{t('invoices.export')}</Button>;
}
