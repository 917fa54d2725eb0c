// Clients whose deletion the API refuses (rule 2), with the reasons, page by page. Earlier cursors
// are kept so "Previous" works without a backward cursor from the server.
import { Anchor, Button, Card, Group, List, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import type { UndeletableClientsQuery } from '../../gql/graphql';
import { UndeletableClientsDocument } from './dashboard.operations';

export const UNDELETABLE_PAGE_SIZE = 10;

type Row = UndeletableClientsQuery['dashboard']['undeletableClients']['nodes'][number];

export function UndeletableClientsCard() {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(UndeletableClientsDocument, { variables: { first: UNDELETABLE_PAGE_SIZE, after } });
  const connection = (data ?? previousData)?.dashboard.undeletableClients;
  return (
    <Card withBorder>
      <Title order={4} mb="md">{t('dashboard.undeletable')}{connection ? ` (${connection.totalCount})` : ''}</Title>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {/* Without data, an error must not read as "every client can be deleted". */}
      {(connection || !error) && <DataTable<Row>
        rows={connection?.nodes}
        loading={loading}
        rowKey={(c) => c.id}
        emptyLabel={t('dashboard.undeletableEmpty')}
        columns={[
          { key: 'code', header: t('clients.code'), render: (c) => <Anchor component={Link} to={`/clients/${c.id}`}>{c.code}</Anchor> },
          { key: 'name', header: t('clients.name'), render: (c) => <Anchor component={Link} to={`/clients/${c.id}`}>{c.name}</Anchor> },
          {
            key: 'blockers', header: t('dashboard.blockers'),
            render: (c) => (
              <List size="sm" spacing={2}>
                {c.deletion.blockers.map((b, i) => <List.Item key={`${b.code}-${b.entityId}-${i}`}>{b.message}</List.Item>)}
              </List>
            ),
          },
        ]}
      />}
      {(cursors.length > 1 || connection?.pageInfo.hasNextPage) && (
        <Group justify="flex-end" gap="xs" mt="sm">
          <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('common.previous')}</Button>
          <Button variant="default" disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => { const next = connection?.pageInfo.endCursor; if (next) setCursors((c) => [...c, next]); }}>
            {t('common.next')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
