// Invoices as a table, used by the invoice list and the client page.
import { Anchor, Checkbox, Text } from '@mantine/core';
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

/** Rows that can be ticked for a bulk action: the ids ticked and how to change them. */
export interface InvoiceSelection {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

export function InvoiceTable({ invoices, loading, showClient = true, emptyLabel, selection }: {
  invoices: readonly InvoiceRowFragment[] | undefined;
  loading: boolean;
  showClient?: boolean;
  emptyLabel?: string;
  selection?: InvoiceSelection;
}) {
  const { t } = useI18n();
  const ids = (invoices ?? []).map((i) => i.id);
  const ticked = selection ? ids.filter((id) => selection.selected.has(id)).length : 0;
  const toggle = (id: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };
  const selectColumn = selection ? [{
    key: 'select',
    header: (
      <Checkbox aria-label={t('invoices.selectAll')} checked={ids.length > 0 && ticked === ids.length} indeterminate={ticked > 0 && ticked < ids.length}
        onChange={(e) => selection.onChange(e.currentTarget.checked ? new Set([...selection.selected, ...ids]) : new Set([...selection.selected].filter((id) => !ids.includes(id))))} />
    ),
    render: (row: InvoiceRowFragment) => (
      <Checkbox aria-label={t('invoices.select', { number: row.number })} checked={selection.selected.has(row.id)} onChange={(e) => toggle(row.id, e.currentTarget.checked)} />
    ),
  }] : [];
  return (
    <DataTable<InvoiceRowFragment>
      rows={invoices}
      loading={loading}
      rowKey={(row) => row.id}
      emptyLabel={emptyLabel ?? t('invoices.empty')}
      columns={[
        ...selectColumn,
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
