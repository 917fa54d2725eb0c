// A queued or running billing / mass-credit run (docs/jobs.md): polls billingRun(id) and shows a progress
// bar (role=progressbar, with its values) until the run ends, then hands the final run back.
import { Progress, Stack, Text } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import type { BillingRunFieldsFragment } from '../../gql/graphql';
import { BillingRunDocument } from './billing.operations';

export const isRunOpen = (run: BillingRunFieldsFragment) => run.status === 'QUEUED' || run.status === 'RUNNING';

export function RunProgress({ run, onEnd }: { run: BillingRunFieldsFragment; onEnd: (run: BillingRunFieldsFragment) => void }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data } = useQuery(BillingRunDocument, { variables: { id: run.id }, pollInterval: 500, fetchPolicy: 'network-only' });
  const current = data?.billingRun ?? run;
  useEffect(() => {
    if (isRunOpen(current)) return;
    // What the run changed: the runs, the invoices and the dashboard.
    void client.refetchQueries({ include: ['BillingRuns', 'Invoices', 'Dashboard'] });
    onEnd(current);
  }, [current, client, onEnd]);
  const total = current.itemsTotal ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((current.itemsDone / total) * 100)) : 0;
  return (
    <ExplanationPanel title={`${t('billing.progressLabel')} · ${current.period}`} data-testid="run-progress">
      <Stack gap="xs">
        <Progress value={percent} animated aria-label={t('billing.progressLabel')} size="lg" />
        <Text size="sm" aria-live="polite">
          {current.status === 'QUEUED' || current.itemsTotal === null
            ? t('billing.queued')
            : t('billing.progress', { done: current.itemsDone, total, count: current.invoiceCount })}
        </Text>
      </Stack>
    </ExplanationPanel>
  );
}

/** A run that ended FAILED: why, and what to do (the server's explanation). */
export function RunFailure({ run }: { run: BillingRunFieldsFragment }) {
  const { t } = useI18n();
  return (
    <ExplanationPanel tone="refusal" title={`${t('billing.failed')} · ${run.period}`} data-testid="run-failure">
      <Text>{run.failure?.message}</Text>
      <Text size="sm">{run.failure?.remedy}</Text>
    </ExplanationPanel>
  );
}
