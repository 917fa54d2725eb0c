import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { SUBSCRIPTION_STATES, formatCents } from '@antena/domain';
import { DataTable, StateBadge, formatDateOnly, stateLabel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { DashboardDocument } from './dashboard.operations';
import { countByState, totalsByPeriod } from './aggregate';

export function DashboardPage() {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(DashboardDocument);

  return (
    <Stack>
      <Title order={2}>{t('dashboard.title')}</Title>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ invoices, clients }) => {
          const monthly = totalsByPeriod(invoices.nodes).map((row) => ({ ...row, label: formatDateOnly(row.period, language) }));
          const states = countByState(clients.nodes.flatMap((c) => c.contracts.flatMap((k) => k.subscriptions.map((s) => s.state))), SUBSCRIPTION_STATES);
          const undeletable = clients.nodes.filter((c) => !c.deletion.allowed);
          return (
            <>
              <Text size="sm" c="dimmed">
                {t('dashboard.sample', { invoices: invoices.nodes.length, invoiceTotal: invoices.totalCount, clients: clients.nodes.length, clientTotal: clients.totalCount })}
              </Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <Card withBorder>
                  <Title order={4} mb="md">{t('dashboard.invoiced')}</Title>
                  {monthly.length === 0 ? <Text c="dimmed">{t('dashboard.invoicedEmpty')}</Text> : (
                    <BarChart h={260} data={monthly} dataKey="label" series={[{ name: 'totalCents', label: t('common.total'), color: 'indigo.6' }]}
                      valueFormatter={(cents) => formatCents(cents, language)} yAxisProps={{ width: 90 }} />
                  )}
                </Card>
                <Card withBorder>
                  <Title order={4} mb="md">{t('dashboard.subscriptions')}</Title>
                  <BarChart h={260} data={states.map((s) => ({ state: stateLabel(s.state, language), count: s.count }))} dataKey="state"
                    series={[{ name: 'count', label: t('client.subscriptions'), color: 'teal.6' }]} />
                </Card>
              </SimpleGrid>
              <Card withBorder>
                <Title order={4} mb="md">{t('dashboard.undeletable')} ({undeletable.length})</Title>
                <DataTable
                  rows={undeletable}
                  rowKey={(c) => c.id}
                  emptyLabel={t('dashboard.undeletableEmpty')}
                  columns={[
                    { key: 'name', header: t('clients.name'), render: (c) => <Anchor component={Link} to={`/clients/${c.id}`}>{c.name}</Anchor> },
                    { key: 'code', header: t('clients.code'), render: (c) => c.code },
                    { key: 'blockers', header: t('dashboard.blockers'), render: (c) => <Text size="sm">{c.deletion.blockers.map((b) => b.message).join(' · ')}</Text> },
                  ]}
                />
              </Card>
              <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }}>
                {states.map((s) => (
                  <Card withBorder key={s.state} p="sm">
                    <StateBadge state={s.state} />
                    <Text fz={24} fw={700} mt="xs">{s.count}</Text>
                  </Card>
                ))}
              </SimpleGrid>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
