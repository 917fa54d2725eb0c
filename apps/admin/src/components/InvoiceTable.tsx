// Invoices as a table, used by the invoice list and the client page.
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, DateOnly, Money, StateBadge } from '@antena/ui';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { InvoiceRowFragment } from '../gql/graphql';

export const InvoiceRowFragmentDoc = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    kind
    issueDate
    periodStart
    periodEnd
    totalCents
    status
    client {
      id
      name
    }
  }
`);

export function InvoiceTable({ invoices, loading, showClient = true, emptyLabel }: {
  invoices: readonly InvoiceRowFragment[] | undefined;
  loading: boolean;
  showClient?: boolean;
  emptyLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <DataTable<InvoiceRowFragment>
      rows={invoices}
      loading={loading}
      rowKey={(row) => row.id}
      emptyLabel={emptyLabel ?? t('invoices.empty')}
      columns={[
        { key: 'number', header: t('invoices.number'), render: (row) => <Anchor component={Link} to={`/invoices/${row.id}`} ff="monospace">{row.number}</Anchor> },
        { key: 'kind', header: t('invoices.kind'), render: (row) => t(`invoices.kind.${row.kind}`) },
        { key: 'issueDate', header: t('invoices.issueDate'), render: (row) => <DateOnly value={row.issueDate} /> },
        { key: 'period', header: t('invoices.period'), render: (row) => <Text span size="sm"><DateOnly value={row.periodStart} /> – <DateOnly value={row.periodEnd} /></Text> },
        ...(showClient ? [{ key: 'client', header: t('invoices.client'), render: (row: InvoiceRowFragment) => <Anchor component={Link} to={`/clients/${row.client.id}`}>{row.client.name}</Anchor> }] : []),
        { key: 'total', header: t('common.total'), align: 'right', render: (row) => <Money cents={row.totalCents} signed /> },
        { key: 'status', header: t('invoices.status'), render: (row) => <StateBadge state={row.status} /> },
      ]}
    />
  );
}
