// Invoices: filters (status, kind, period, client, amount range), order, totals of the whole filtered
// set (not only the page) and a CSV export of that same set, streamed by the API.
import { Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Money } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { InvoiceTable } from '../../components/InvoiceTable';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { InvoiceClientOptionsDocument, InvoicesDocument } from './invoices.operations';
import { PageTitle } from '../../components/PageTitle';
import { CsvButton } from './CsvButton';
import { PdfBatchButton, PdfBatchStatus, usePdfBatch } from './PdfBatch';
import { BulkMarkPaid } from './BulkMarkPaid';
import type { InvoiceFilter, InvoiceKind, InvoiceSort, InvoiceStatus } from '../../gql/graphql';

const PAGE_SIZE = 50;
const STATUSES: InvoiceStatus[] = ['ISSUED' as InvoiceStatus, 'PAID' as InvoiceStatus, 'RETURNED' as InvoiceStatus];
const SORTS = ['NEWEST', 'OLDEST', 'ISSUE_DATE_DESC', 'ISSUE_DATE_ASC', 'TOTAL_DESC', 'TOTAL_ASC'] as const;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

interface FilterState {
  status: string[]; kind: string | null; periodFrom: string; periodTo: string; clientId: string | null;
  minTotal: number | string; maxTotal: number | string;
}
const EMPTY: FilterState = { status: [], kind: null, periodFrom: '', periodTo: '', clientId: null, minTotal: '', maxTotal: '' };

/** Euros typed with a decimal comma → integer cents; anything else is no bound. */
const toCents = (value: number | string): number | null => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) : null);

/** Only complete values reach the API: a half-typed period does not filter yet. */
export function toInvoiceFilter(s: FilterState): InvoiceFilter {
  return {
    status: s.status.length ? (s.status as InvoiceStatus[]) : null,
    kind: (s.kind as InvoiceKind | null) ?? null,
    periodFrom: PERIOD.test(s.periodFrom) ? s.periodFrom : null,
    periodTo: PERIOD.test(s.periodTo) ? s.periodTo : null,
    clientId: s.clientId,
    minTotalCents: toCents(s.minTotal),
    maxTotalCents: toCents(s.maxTotal),
  };
}

/** A link may open the list filtered (the dashboard's figures): `?status=ISSUED&status=RETURNED&kind=INVOICE`, `?clientId=…`. */
export function filterStateFrom(params: URLSearchParams): FilterState {
  const kind = params.get('kind');
  return {
    ...EMPTY,
    status: params.getAll('status').filter((s) => (STATUSES as string[]).includes(s)),
    kind: kind === 'INVOICE' || kind === 'CREDIT_NOTE' ? kind : null,
    clientId: params.get('clientId') || null,
  };
}

export function InvoicesPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const pages = useCursorPages();
  const { reset } = pages;
  const after = pages.after;
  const [state, setState] = useState<FilterState>(() => filterStateFrom(params));
  const [sort, setSort] = useState<InvoiceSort>('NEWEST' as InvoiceSort);
  const [debounced] = useDebouncedValue(state, 300);
  const filter = useMemo(() => toInvoiceFilter(debounced), [debounced]);
  const pdfBatch = usePdfBatch(filter);
  const [clientSearch, setClientSearch] = useState('');
  const [clientQuery] = useDebouncedValue(clientSearch, 300);
  const clients = useQuery(InvoiceClientOptionsDocument, { variables: { search: clientQuery || null } });

  useEffect(() => reset(), [filter, sort, reset]);

  const { data, previousData, loading, error, refetch } = useQuery(InvoicesDocument, { variables: { first: PAGE_SIZE, after, filter, sort } });
  const shown = data ?? previousData;
  const connection = shown?.invoices;
  const totals = shown?.invoiceTotals;
  const set = (patch: Partial<FilterState>) => setState((s) => ({ ...s, ...patch }));
  const periodError = (v: string) => (v !== '' && !PERIOD.test(v) ? t('invoices.periodHint') : undefined);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('invoices.title')}</PageTitle>
        <Group gap="sm">
          <PdfBatchButton batch={pdfBatch} />
          <CsvButton filter={filter} />
        </Group>
      </Group>
      <PdfBatchStatus batch={pdfBatch} />
      <Paper withBorder p="md" component="section" aria-label={t('invoices.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <MultiSelect label={t('invoices.status')} data={STATUSES.map((s) => ({ value: s, label: t(`invoices.status.${s}`) }))}
            value={state.status} onChange={(status) => set({ status })} clearable />
          <Select label={t('invoices.kind')} placeholder={t('invoices.kind.any')} clearable value={state.kind} onChange={(kind) => set({ kind })}
            data={[{ value: 'INVOICE', label: t('invoices.kind.INVOICE') }, { value: 'CREDIT_NOTE', label: t('invoices.kind.CREDIT_NOTE') }]} />
          <TextInput label={t('invoices.periodFrom')} placeholder={t('invoices.periodHint')} value={state.periodFrom}
            onChange={(e) => set({ periodFrom: e.currentTarget.value.trim() })} error={periodError(state.periodFrom)} />
          <TextInput label={t('invoices.periodTo')} placeholder={t('invoices.periodHint')} value={state.periodTo}
            onChange={(e) => set({ periodTo: e.currentTarget.value.trim() })} error={periodError(state.periodTo)} />
          <Select label={t('invoices.client')} placeholder={t('invoices.clientAny')} clearable searchable value={state.clientId}
            onChange={(clientId) => set({ clientId })} onSearchChange={setClientSearch} filter={({ options }) => options}
            data={(clients.data?.clients.nodes ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))} />
          <NumberInput label={t('invoices.minTotal')} decimalSeparator="," thousandSeparator="." decimalScale={2} value={state.minTotal} onChange={(minTotal) => set({ minTotal })} />
          <NumberInput label={t('invoices.maxTotal')} decimalSeparator="," thousandSeparator="." decimalScale={2} value={state.maxTotal} onChange={(maxTotal) => set({ maxTotal })} />
          <Select label={t('invoices.sort')} value={sort} allowDeselect={false} onChange={(v) => v && setSort(v as InvoiceSort)}
            data={SORTS.map((s) => ({ value: s, label: t(`invoices.sort.${s}`) }))} />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => setState(EMPTY)}>{t('invoices.clearFilters')}</Button>
        </Group>
      </Paper>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {totals && (
        <Group gap="lg" data-testid="invoice-totals" aria-live="polite">
          <Text fw={600}>{t('invoices.totals', { count: totals.count })}</Text>
          <Text>{t('common.base')}: <Money cents={totals.baseCents} /></Text>
          <Text>{t('common.tax')}: <Money cents={totals.taxCents} /></Text>
          <Text fw={600}>{t('common.total')}: <Money cents={totals.totalCents} /></Text>
        </Group>
      )}
      <BulkMarkPaid selected={selected} onDone={() => { setSelected(new Set()); void refetch(); }} />
      <InvoiceTable invoices={connection?.nodes} loading={loading} selection={{ selected, onChange: setSelected }} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{connection ? `${connection.totalCount} ${t('invoices.title').toLowerCase()}` : ''}</Text>
        <CursorPager pages={pages} pageInfo={connection?.pageInfo} />
      </Group>
    </Stack>
  );
}
