// Clients: search, filters (subscription state, partner, archived) and pages over the Relay
// connection, with a CSV export of the same filter. The address is the source of truth (q, state,
// partner, archived): a link, a reload, the menu or the browser's back button show the list they say.
import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable, stateLabel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { CursorPager, useCursorPages, type CursorPages } from '../../components/CursorPager';
import { ClientsDocument, PartnerOptionsDocument } from './clients.operations';
import { NewClientModal } from './NewClientModal';
import type { ClientRowFragment, ClientsQueryVariables, SubscriptionState } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';
import { ClientsCsvButton } from './ClientsCsvButton';

const PAGE_SIZE = 20;
const STATES = ['PENDING_ACTIVATION', 'ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED', 'REJECTED'] as SubscriptionState[];

/** The list's filter as the address carries it. */
export function clientFilterFrom(params: URLSearchParams): Omit<ClientsQueryVariables, 'first' | 'after'> {
  const state = params.get('state');
  return {
    search: params.get('q')?.trim() || null,
    includeArchived: params.get('archived') === '1',
    partnerId: params.get('partner') || null,
    subscriptionState: state && (STATES as string[]).includes(state) ? (state as SubscriptionState) : null,
  };
}

export function ClientsPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => clientFilterFrom(params), [params]);
  const urlQuery = params.get('q') ?? '';
  const [search, setSearch] = useState(urlQuery);
  // What this page last wrote to the address: a different `q` there came from a link or the history.
  const written = useRef(urlQuery.trim());
  // The typing waits to reach the address; a change of the address from outside (the back button, a link)
  // cancels that wait, so a search typed before can never overwrite the address the clerk went back to.
  const pending = useRef<number | null>(null);
  const latestSetParams = useRef(setParams);
  latestSetParams.current = setParams;
  const cancelPending = () => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
  };
  useEffect(() => cancelPending, []);
  const pages = useCursorPages();
  const { reset } = pages;
  const [creating, { open, close }] = useDisclosure(false);
  const partners = useQuery(PartnerOptionsDocument);

  const update = (patch: Record<string, string | null>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    }, { replace: true });
  };

  // Typing → the address, once the typing pauses.
  const typed = (value: string) => {
    setSearch(value);
    cancelPending();
    pending.current = window.setTimeout(() => {
      pending.current = null;
      const q = value.trim();
      if (q === written.current) return;
      written.current = q;
      latestSetParams.current((current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      }, { replace: true });
    }, 300);
  };

  // The address → the box (menu link, back button, a link from another page).
  useEffect(() => {
    if (urlQuery.trim() === written.current) return;
    cancelPending();
    written.current = urlQuery.trim();
    setSearch(urlQuery);
  }, [urlQuery]);

  const filterKey = JSON.stringify(filter);
  useEffect(() => reset(), [filterKey, reset]);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('clients.title')}</PageTitle>
        <Group>
          <ClientsCsvButton filter={filter} />
          <Button leftSection={<IconPlus size={16} />} onClick={open}>{t('clients.new')}</Button>
        </Group>
      </Group>
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('clients.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => typed(event.currentTarget.value)}
        type="search"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="section" aria-label={t('clients.filters')}>
        <Select label={t('clients.filterState')} placeholder={t('clients.filterStateAny')} clearable value={filter.subscriptionState ?? null}
          onChange={(state) => update({ state })} data={STATES.map((s) => ({ value: s, label: stateLabel(s, language) }))} />
        <Select label={t('clients.partner')} placeholder={t('clients.filterPartnerAny')} clearable searchable value={filter.partnerId ?? null}
          onChange={(partner) => update({ partner })} data={(partners.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        <Switch mt={{ sm: 'xl' }} label={t('clients.showArchived')} checked={filter.includeArchived === true}
          onChange={(event) => update({ archived: event.currentTarget.checked ? '1' : null })} />
      </SimpleGrid>
      {/* One query per filter: Apollo could otherwise answer a filter seen before with its first, cached list. */}
      <ClientResults key={`${filterKey}|${pages.after ?? ''}`} filter={filter} pages={pages} />
      <NewClientModal opened={creating} onClose={close} />
    </Stack>
  );
}

function ClientResults({ filter, pages }: { filter: Omit<ClientsQueryVariables, 'first' | 'after'>; pages: CursorPages }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ClientsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, ...filter },
    fetchPolicy: 'network-only',
  });
  const connection = data?.clients;
  const rows = connection?.edges.map((edge) => edge.node);
  return (
    <>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable<ClientRowFragment>
        rows={rows}
        loading={loading}
        rowKey={(row) => row.id}
        emptyLabel={t('clients.empty')}
        columns={[
          { key: 'code', header: t('clients.code'), render: (row) => <Anchor component={Link} to={`/clients/${row.id}`}>{row.code}</Anchor> },
          { key: 'name', header: t('clients.name'), render: (row) => (
            <Group gap="xs">
              <Anchor component={Link} to={`/clients/${row.id}`}>{row.name}</Anchor>
              {row.archivedAt && <Badge variant="outline" color="gray">{t('clients.archived')}</Badge>}
            </Group>
          ) },
          { key: 'taxId', header: t('clients.taxId'), render: (row) => row.taxId },
          { key: 'email', header: t('clients.email'), render: (row) => row.email ?? '—' },
          {
            key: 'deletable', header: t('clients.deletable'),
            render: (row) => <Badge variant="light" color={row.deletion.allowed ? 'green' : 'gray'}>{row.deletion.allowed ? t('common.yes') : t('common.no')}</Badge>,
          },
        ]}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">{connection ? `${connection.totalCount} ${t('clients.title').toLowerCase()}` : ''}</Text>
        <CursorPager pages={pages} pageInfo={connection?.pageInfo} />
      </Group>
    </>
  );
}
