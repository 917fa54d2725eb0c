// The figures an admin checks first, each a link to the list it sums up: outstanding and returned
// invoices (docs/sepa.md, returns), monthly recurring revenue, subscriptions pending activation.
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { Money } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import type { DashboardSummaryQuery } from '../../gql/graphql';

type Dashboard = DashboardSummaryQuery['dashboard'];

function Figure({ label, to, value, detail }: { label: string; to: string; value: ReactNode; detail: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Anchor component={Link} to={to} fw={600} size="sm">{label}</Anchor>
      <Text size="xl" fw={700} component="div">{value}</Text>
      <Text size="sm" c="dimmed">{detail}</Text>
    </Paper>
  );
}

export function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const { outstanding, returned } = dashboard.receivables;
  const pending = dashboard.subscriptionsByState.find((s) => s.state === 'PENDING_ACTIVATION')?.count ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <Figure label={t('dashboard.outstanding')} to="/invoices?status=ISSUED&status=RETURNED&kind=INVOICE"
        value={<Money cents={outstanding.totalCents} />} detail={t('dashboard.invoiceCount', { count: outstanding.count })} />
      <Figure label={t('dashboard.returned')} to="/invoices?status=RETURNED&kind=INVOICE"
        value={<Money cents={returned.totalCents} />} detail={t('dashboard.invoiceCount', { count: returned.count })} />
      <Figure label={t('dashboard.mrr')} to="/clients?state=ACTIVE"
        value={<Money cents={dashboard.monthlyRecurring.totalCents} />} detail={t('dashboard.mrrDetail', { count: dashboard.monthlyRecurring.count })} />
      <Figure label={t('dashboard.pendingActivation')} to="/clients?state=PENDING_ACTIVATION"
        value={pending} detail={t('dashboard.pendingDetail')} />
    </SimpleGrid>
  );
}
