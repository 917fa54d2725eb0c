// Clients whose deletion the API refuses (rule 2), with the reasons, page by page.
import { Anchor, Card, Group, List, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import type { UndeletableClientsQuery } from '../../gql/graphql';
import { UndeletableClientsDocument } from './dashboard.operations';

export const UNDELETABLE_PAGE_SIZE = 10;

type Row = UndeletableClientsQuery['dashboard']['undeletableClients']['nodes'][number];

export function UndeletableClientsCard() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const after = pages.after;
  const { data, previousData, loading, error, refetch } = useQuery(UndeletableClientsDocument, { variables: { first: UNDELETABLE_PAGE_SIZE, after } });
  const connection = (data ?? previousData)?.dashboard.undeletableClients;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="md">{t('dashboard.undeletable')}{connection ? ` (${connection.totalCount})` : ''}</Title>
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
      {(pages.hasPrevious || connection?.pageInfo.hasNextPage) && (
        <Group justify="flex-end" mt="sm"><CursorPager pages={pages} pageInfo={connection?.pageInfo} /></Group>
      )}
    </Card>
  );
}
