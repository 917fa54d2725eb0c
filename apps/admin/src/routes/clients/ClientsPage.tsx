// Clients: search and pages over the Relay connection; the previous cursors are kept so
// "Previous" works without a backward cursor from the server.
import { Button, Group, Stack, Text, TextInput, Title, Anchor, Badge } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useEffect, useState } from 'react';
import { DataTable } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { ClientsDocument } from './clients.operations';
import { NewClientModal } from './NewClientModal';
import type { ClientRowFragment } from '../../gql/graphql';

const PAGE_SIZE = 20;

export function ClientsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [creating, { open, close }] = useDisclosure(false);
  const after = cursors[cursors.length - 1] ?? null;

  useEffect(() => {
    setCursors([null]);
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);

  const { data, previousData, loading, error, refetch } = useQuery(ClientsDocument, {
    variables: { first: PAGE_SIZE, after, search: debounced || null },
  });
  const connection = (data ?? previousData)?.clients;
  const rows = connection?.edges.map((edge) => edge.node);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('clients.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>{t('clients.new')}</Button>
      </Group>
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('clients.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        type="search"
      />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable<ClientRowFragment>
        rows={rows}
        loading={loading}
        rowKey={(row) => row.id}
        emptyLabel={t('clients.empty')}
        columns={[
          { key: 'code', header: t('clients.code'), render: (row) => <Anchor component={Link} to={`/clients/${row.id}`}>{row.code}</Anchor> },
          { key: 'name', header: t('clients.name'), render: (row) => <Anchor component={Link} to={`/clients/${row.id}`}>{row.name}</Anchor> },
          { key: 'taxId', header: t('clients.taxId'), render: (row) => row.taxId },
          { key: 'email', header: t('clients.email'), render: (row) => row.email ?? '—' },
          {
            key: 'deletable', header: t('clients.deletable'),
            render: (row) => <Badge variant="light" color={row.deletion.allowed ? 'green' : 'gray'}>{row.deletion.allowed ? t('common.yes') : t('common.no')}</Badge>,
          },
        ]}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{connection ? `${connection.totalCount} ${t('clients.title').toLowerCase()}` : ''}</Text>
        <Group gap="xs">
          <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('common.previous')}</Button>
          <Button variant="default" disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => { const next = connection?.pageInfo.endCursor; if (next) setCursors((c) => [...c, next]); }}>
            {t('common.next')}
          </Button>
        </Group>
      </Group>
      <NewClientModal opened={creating} onClose={close} />
    </Stack>
  );
}
