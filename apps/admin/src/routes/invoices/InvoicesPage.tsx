import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { InvoiceTable } from '../../components/InvoiceTable';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { InvoicesDocument } from './invoices.operations';
import { PageTitle } from '../../components/PageTitle';

const PAGE_SIZE = 50;

export function InvoicesPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const after = pages.after;
  const { data, previousData, loading, error, refetch } = useQuery(InvoicesDocument, { variables: { first: PAGE_SIZE, after } });
  const connection = (data ?? previousData)?.invoices;

  return (
    <Stack>
      <PageTitle>{t('invoices.title')}</PageTitle>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <InvoiceTable invoices={connection?.nodes} loading={loading} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{connection ? `${connection.totalCount} ${t('invoices.title').toLowerCase()}` : ''}</Text>
        <CursorPager pages={pages} pageInfo={connection?.pageInfo} />
      </Group>
    </Stack>
  );
}
