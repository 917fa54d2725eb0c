// Clients: search and pages over the Relay connection (CursorPager keeps the earlier cursors).
import { Button, Group, Stack, Switch, Text, TextInput, Title, Anchor, Badge } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useEffect, useState } from 'react';
import { DataTable } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { ClientsDocument } from './clients.operations';
import { NewClientModal } from './NewClientModal';
import type { ClientRowFragment } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';

const PAGE_SIZE = 20;

export function ClientsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  // Archived clients are hidden unless asked for (docs/rules.md §1 rule 2, "Archive").
  const [showArchived, setShowArchived] = useState(false);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages();
  const { reset } = pages;
  const [creating, { open, close }] = useDisclosure(false);
  const after = pages.after;

  useEffect(() => {
    reset();
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, showArchived, setParams, reset]);

  const { data, previousData, loading, error, refetch } = useQuery(ClientsDocument, {
    variables: { first: PAGE_SIZE, after, search: debounced || null, includeArchived: showArchived },
  });
  const connection = (data ?? previousData)?.clients;
  const rows = connection?.edges.map((edge) => edge.node);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('clients.title')}</PageTitle>
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
      <Switch label={t('clients.showArchived')} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
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
        <Text size="sm" c="dimmed">{connection ? `${connection.totalCount} ${t('clients.title').toLowerCase()}` : ''}</Text>
        <CursorPager pages={pages} pageInfo={connection?.pageInfo} />
      </Group>
      <NewClientModal opened={creating} onClose={close} />
    </Stack>
  );
}
