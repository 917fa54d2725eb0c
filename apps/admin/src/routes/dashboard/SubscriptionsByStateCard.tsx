// How many subscriptions are in each state now, every state listed, with its share as a bar.
import { Card, Progress, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { StateBadge, type SubscriptionStateName } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import type { DashboardSummaryQuery } from '../../gql/graphql';

type StateCount = DashboardSummaryQuery['dashboard']['subscriptionsByState'][number];

export function SubscriptionsByStateCard({ states }: { states: readonly StateCount[] }) {
  const { t } = useI18n();
  const total = states.reduce((sum, s) => sum + s.count, 0);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="md">{t('dashboard.subscriptions')}</Title>
      {total === 0 && <Text c="dimmed" mb="sm">{t('dashboard.subscriptionsEmpty')}</Text>}
      <Table.ScrollContainer minWidth={320} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}><Table aria-label={t('dashboard.subscriptions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.state')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.count')}</Table.Th>
            <Table.Th w="25%"><VisuallyHidden>{t('dashboard.share')}</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {states.map((s) => (
            <Table.Tr key={s.state}>
              <Table.Td><StateBadge state={s.state as SubscriptionStateName} /></Table.Td>
              <Table.Td ta="right" fw={600}>{s.count}</Table.Td>
              <Table.Td><Progress value={total === 0 ? 0 : (100 * s.count) / total} aria-hidden /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table></Table.ScrollContainer>
    </Card>
  );
}
