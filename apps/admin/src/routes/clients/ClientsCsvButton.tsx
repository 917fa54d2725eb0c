// The CSV export of the filtered clients (GET /clients.csv, streamed by the API). Like the invoices'
// export it needs the session's CSRF header, so it is fetched and saved under the server's file name.
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { notifyFailure } from '../../components/notify';
import { sessionHeaders } from '../../components/download';
import type { ClientsQueryVariables } from '../../gql/graphql';

/** The filter as GET /clients.csv reads it: the `clients` query's arguments. */
export function clientsCsvQuery(filter: Omit<ClientsQueryVariables, 'first' | 'after'>): string {
  const q = new URLSearchParams();
  if (filter.search) q.set('search', filter.search);
  if (filter.includeArchived) q.set('includeArchived', 'true');
  if (filter.partnerId) q.set('partnerId', filter.partnerId);
  if (filter.subscriptionState) q.set('subscriptionState', filter.subscriptionState);
  return q.toString();
}

export function ClientsCsvButton({ filter }: { filter: Omit<ClientsQueryVariables, 'first' | 'after'> }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const url = `/clients.csv?${clientsCsvQuery(filter)}`;
      // The server names the file (its date is today in Madrid); a HEAD would cost a second query.
      const response = await fetch(url, { method: 'GET', credentials: 'same-origin', headers: sessionHeaders() });
      if (!response.ok) throw new Error(`${response.status}`);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'clientes.csv';
      await saveBlob(await response.blob(), name);
    } catch (error) {
      notifyFailure(t('common.error'), `${t('clients.export')}: ${error instanceof Error ? error.message : ''}`);
    } finally {
      setLoading(false);
    }
  };
  return <Button variant="light" loading={loading} leftSection={<IconDownload size={16} />} onClick={() => void download()}>{t('clients.export')}</Button>;
}

async function saveBlob(blob: Blob, name: string): Promise<void> {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
