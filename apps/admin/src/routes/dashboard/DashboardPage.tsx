// The dashboard: invoiced per month, subscriptions by state and the clients that cannot
// be deleted, all computed by the API over every record (not a sample).
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { DashboardSummaryDocument } from './dashboard.operations';
import { MonthlyTotalsCard } from './MonthlyTotalsCard';
import { SubscriptionsByStateCard } from './SubscriptionsByStateCard';
import { UndeletableClientsCard } from './UndeletableClientsCard';
import { KeyFigures } from './KeyFigures';
import { PageTitle } from '../../components/PageTitle';

export const DASHBOARD_MONTHS = 12;

export function DashboardPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(DashboardSummaryDocument, { variables: { months: DASHBOARD_MONTHS } });
  return (
    <Stack>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ dashboard }) => (
          <>
            <KeyFigures dashboard={dashboard} />
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <MonthlyTotalsCard months={dashboard.monthlyTotals} />
              <SubscriptionsByStateCard states={dashboard.subscriptionsByState} />
            </SimpleGrid>
          </>
        )}
      </QueryState>
      <UndeletableClientsCard />
    </Stack>
  );
}
