// The subscription's two timelines (state and tariff), each change with the day it takes effect.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, DateOnly, Money, StateBadge } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import type { SubscriptionPageQuery } from '../../gql/graphql';

type Subscription = SubscriptionPageQuery['serviceSubscription'];

export function Timeline({ subscription }: { subscription: Subscription }) {
  const { t } = useI18n();
  const byDate = <T extends { effectiveDate: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return (
    <Stack>
      <Text size="sm">
        {t('subscription.billingStart')}: {subscription.billingStartDate ? <DateOnly value={subscription.billingStartDate} /> : t('subscription.billingStartDefault')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="xs">
          <Title order={3} size="h5">{t('subscription.stateChanges')}</Title>
          <DataTable
            rows={byDate(subscription.stateChanges)}
            rowKey={(row) => `${row.effectiveDate}-${row.state}`}
            columns={[
              { key: 'date', header: t('common.effectiveDate'), render: (row) => <DateOnly value={row.effectiveDate} /> },
              { key: 'state', header: t('subscription.state'), render: (row) => <StateBadge state={row.state} /> },
            ]}
          />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">{t('subscription.tariffChanges')}</Title>
          <DataTable
            rows={byDate(subscription.tariffChanges)}
            rowKey={(row) => `${row.effectiveDate}-${row.tariffId}`}
            columns={[
              { key: 'date', header: t('common.effectiveDate'), render: (row) => <DateOnly value={row.effectiveDate} /> },
              { key: 'tariff', header: t('contract.tariff'), render: (row) => row.tariffCode },
              { key: 'price', header: t('tariffs.price'), align: 'right', render: (row) => <Money cents={row.priceCents} /> },
            ]}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
