// Who ran what and when, with counts and totals; an unfinished run says that re-running completes it.
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { DataTable, Money } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { BillingRunsDocument } from './billing.operations';

export function RecentRuns() {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(BillingRunsDocument);
  const format = new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">{t('billing.runs')}</Title>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        rows={data?.billingRuns}
        loading={loading}
        rowKey={(run) => run.id}
        emptyLabel={t('billing.runsEmpty')}
        columns={[
          { key: 'started', header: t('billing.startedAt'), render: (run) => format.format(new Date(run.startedAt)) },
          { key: 'kind', header: t('invoices.kind'), render: (run) => t(`billing.kind.${run.kind}`) },
          { key: 'period', header: t('invoices.period'), render: (run) => run.period },
          { key: 'who', header: t('billing.who'), render: (run) => run.actorName ?? '—' },
          { key: 'status', header: t('invoices.status'), render: (run) => <Text size="sm" c={run.status === 'COMPLETED' ? undefined : 'red'}>{t(`billing.status.${run.status}`)}</Text> },
          { key: 'count', header: t('billing.invoiceCount'), align: 'right', render: (run) => run.invoiceCount },
          { key: 'total', header: t('common.total'), align: 'right', render: (run) => <Money cents={run.totalCents} signed /> },
        ]}
      />
    </Stack>
  );
}
