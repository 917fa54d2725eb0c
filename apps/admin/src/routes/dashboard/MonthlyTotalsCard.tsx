// Net invoiced per billing period (invoices minus credit notes), as the API sums them.
import { Card, Group, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { formatCents } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import type { DashboardSummaryQuery } from '../../gql/graphql';
import { periodLabel } from './period';

type Month = DashboardSummaryQuery['dashboard']['monthlyTotals'][number];

export function MonthlyTotalsCard({ months }: { months: readonly Month[] }) {
  const { t, language } = useI18n();
  // Months before the first one billed would only be empty bars (a young ISP has few months).
  const first = months.findIndex((m) => m.invoices.count + m.creditNotes.count > 0);
  const invoiced = first >= 0;
  const shown = invoiced ? months.slice(first) : [];
  const netCents = shown.reduce((sum, m) => sum + m.net.totalCents, 0);
  const data = shown.map((m) => ({ label: periodLabel(m.period, language), netCents: m.net.totalCents }));
  return (
    <Card withBorder>
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">{t('dashboard.invoiced')}</Title>
        {invoiced && <Text size="sm" c="dimmed">{t('dashboard.netSum', { months: shown.length, amount: formatCents(netCents, language) })}</Text>}
      </Group>
      {!invoiced ? <Text c="dimmed">{t('dashboard.invoicedEmpty')}</Text> : (
        <BarChart h={260} data={data} dataKey="label" series={[{ name: 'netCents', label: t('dashboard.net'), color: 'indigo.6' }]}
          valueFormatter={(cents) => formatCents(cents, language)} yAxisProps={{ width: 90 }} />
      )}
    </Card>
  );
}
