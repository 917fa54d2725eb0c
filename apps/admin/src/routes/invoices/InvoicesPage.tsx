import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { InvoiceTable } from '../../components/InvoiceTable';
import { InvoicesDocument } from './invoices.operations';

const PAGE_SIZE = 50;

export function InvoicesPage() {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(InvoicesDocument, { variables: { first: PAGE_SIZE, after } });
  const connection = (data ?? previousData)?.invoices;

  return (
    <Stack>
      <Title order={2}>{t('invoices.title')}</Title>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <InvoiceTable invoices={connection?.nodes} loading={loading} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{connection ? `${connection.totalCount} ${t('invoices.title').toLowerCase()}` : ''}</Text>
        <Group gap="xs">
          <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('common.previous')}</Button>
          <Button variant="default" disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => { const next = connection?.pageInfo.endCursor; if (next) setCursors((c) => [...c, next]); }}>
            {t('common.next')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
