// A month's billing: pick the period, preview it (nothing written; over the whole base, so a background job
// followed with its progress, docs/jobs.md "Billing previews"), run with confirmation, follow its progress
// (the run is a job too), see the result.
// Mass credits (rule 4) the same way, refused with the server's explanation when they do not apply.
import { Button, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState, type ReactNode } from 'react';
import { periodOf, previousPeriod, todayFrom, formatCents } from '@antena/domain';
import { ConfirmDialog, ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { BillingModeDocument, BillingPreviewJobDocument, QueueBillingPreviewDocument, RunBillingDocument, RunMassCreditDocument } from './billing.operations';
import { JobProgress } from '../../components/JobProgress';
import { PeriodForm } from './PeriodForm';
import { PreviewTables } from './PreviewTables';
import { RunResult } from './RunResult';
import { isRunOpen, RunFailure, RunProgress } from './RunProgress';
import { RecentRuns } from './RecentRuns';
import type { BackgroundJobFieldsFragment, BillingRunFieldsFragment } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';

export function BillingPage() {
  const { t } = useI18n();
  const settings = useQuery(BillingModeDocument);
  const mode = settings.data?.billingSettings.mode;
  const current = periodOf(todayFrom(new Date()));
  // In advance the coming month is due; in arrears the month just ended.
  const suggested = mode === 'ADVANCE' ? current : previousPeriod(current);

  return (
    <Stack>
      <PageTitle>{t('billing.title')}</PageTitle>
      {settings.error && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {mode && <Text c="dimmed" size="sm">{t(`settings.mode.${mode}`)}</Text>}
      <Tabs defaultValue="run">
        <Tabs.List>
          <Tabs.Tab value="run">{t('billing.runTab')}</Tabs.Tab>
          <Tabs.Tab value="credit">{t('billing.massCreditTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="run" pt="md">{mode && <MonthlyBilling initial={suggested} />}</Tabs.Panel>
        <Tabs.Panel value="credit" pt="md">{mode && <MassCredit initial={current} />}</Tabs.Panel>
      </Tabs>
      <RecentRuns />
    </Stack>
  );
}

function MonthlyBilling({ initial }: { initial: string }) {
  const { t, language } = useI18n();
  const [queuePreview, queueing] = useMutation(QueueBillingPreviewDocument);
  const [loadPreview, previewResult] = useLazyQuery(BillingPreviewJobDocument, { fetchPolicy: 'network-only' });
  const [runBilling, running] = useMutation(RunBillingDocument, { refetchQueries: ['BillingRuns', 'Invoices', 'Dashboard'] });
  const [job, setJob] = useState<BackgroundJobFieldsFragment | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<BillingRunFieldsFragment | null>(null);
  const { run, problem } = useSubmit(null);
  const data = job?.status === 'COMPLETED' && previewResult.data?.backgroundJob?.id === job.id ? previewResult.data.backgroundJob.billingPreview : null;

  const startPreview = async (p: string) => {
    setResult(null);
    setJob(null);
    setPeriod(p);
    const outcome = await run(() => queuePreview({ variables: { period: p } }));
    if (outcome?.data) setJob(outcome.data.queueBillingPreview);
  };
  const previewEnded = useCallback((ended: BackgroundJobFieldsFragment) => {
    setJob(ended);
    if (ended.status === 'COMPLETED') void loadPreview({ variables: { id: ended.id } });
  }, [loadPreview]);

  const execute = async () => {
    if (!data) return;
    const outcome = await run(() => runBilling({ variables: { period: data.period } }));
    setConfirming(false);
    // What the preview showed is what the run now does: the run's progress and result take its place.
    if (outcome?.data) { setResult(outcome.data.runBilling); setJob(null); }
  };

  return (
    <Stack>
      <PeriodForm initial={initial} submitLabel={t('billing.preview')} loading={queueing.loading || (job !== null && job.status !== 'COMPLETED' && job.status !== 'FAILED')}
        onSubmit={(p) => void startPreview(p)}
        extra={data && data.invoiceCount > 0 && <Button mt={25} color="green" onClick={() => setConfirming(true)}>{t('billing.run')}</Button>} />
      {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
      {job && <JobProgress job={job} label={t('billing.previewProgress', { period: period ?? '' })} onEnd={previewEnded} />}
      {previewResult.error && <ErrorState error={previewResult.error} />}
      {result && <RunOutcome run={result} onEnd={setResult} />}
      {data && <PreviewTables preview={data} />}
      <ConfirmDialog opened={confirming} busy={running.loading} title={t('billing.run')} confirmLabel={t('billing.run')}
        onConfirm={() => void execute()} onCancel={() => setConfirming(false)}>
        {data ? t('billing.runConfirm', { count: data.invoiceCount, period: data.period, total: formatCents(data.totalCents, language) }) : ''}
      </ConfirmDialog>
    </Stack>
  );
}

function MassCredit({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState<string | null>(null);
  const [runMassCredit, running] = useMutation(RunMassCreditDocument, { refetchQueries: ['BillingRuns', 'Invoices', 'Dashboard'] });
  const [result, setResult] = useState<BillingRunFieldsFragment | null>(null);
  const { run, problem } = useSubmit(null);

  const execute = async () => {
    if (!period) return;
    const outcome = await run(() => runMassCredit({ variables: { period } }));
    setPeriod(null);
    if (outcome?.data) setResult(outcome.data.runMassCredit);
  };

  return (
    <Stack>
      <ExplanationPanel title={t('billing.massCreditTab')}>{t('billing.massCreditHelp')}</ExplanationPanel>
      <PeriodForm initial={initial} submitLabel={t('billing.massCredit')} loading={running.loading} onSubmit={(p) => { setResult(null); setPeriod(p); }} />
      {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
      {result && <RunOutcome run={result} onEnd={setResult} />}
      <ConfirmDialog opened={period !== null} busy={running.loading} title={t('billing.massCredit')} confirmLabel={t('billing.massCredit')}
        onConfirm={() => void execute()} onCancel={() => setPeriod(null)}>
        {t('billing.massCreditConfirm', { period: period ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}

/** A queued or running run as a progress bar; then its result, or why it did not finish. */
function RunOutcome({ run, onEnd }: { run: BillingRunFieldsFragment; onEnd: (run: BillingRunFieldsFragment) => void }): ReactNode {
  if (isRunOpen(run)) return <RunProgress run={run} onEnd={onEnd} />;
  if (run.status === 'FAILED') return <RunFailure run={run} />;
  return <RunResult run={run} />;
}
