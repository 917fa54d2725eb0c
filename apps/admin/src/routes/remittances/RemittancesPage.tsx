// SEPA direct debits (docs/sepa.md): preview a remittance (what goes in, what stays out and why; a background
// job followed with its progress, as it may go through the whole base, docs/sepa.md "Previews as jobs"), create
// it with confirmation (a job too: its progress, then the remittance or why it failed), download its file, settle
// it, and import the bank's returns.
import { Anchor, Badge, Button, Card, FileInput, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState, type ReactNode } from 'react';
import { addDays, formatCents, formatDay, formatIban, todayFrom } from '@antena/domain';
import { ConfirmDialog, DataTable, DateOnly, ExplanationPanel, Money, DateField } from '@antena/ui';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { PageTitle } from '../../components/PageTitle';
import { useSubmit } from '../../components/useSubmit';
import { notifyFailure } from '../../components/notify';
import { isJobOpen, JobProgress } from '../../components/JobProgress';
import type { BackgroundJobFieldsFragment, BankReturnImportFieldsFragment, RemittanceFieldsFragment } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/es';
import {
  CreateRemittanceDocument, MarkRemittanceSettledDocument, QueueRemittancePreviewDocument, RemittanceJobDocument, RemittancePreviewJobDocument, RemittancesDocument,
} from './remittances.operations';
import { downloadRemittance, uploadReturns } from './downloads';

const OUTCOME: Record<string, MessageKey> = {
  APPLIED: 'remittances.outcomeApplied', ALREADY_APPLIED: 'remittances.outcomeAlready', UNMATCHED: 'remittances.outcomeUnmatched',
  NOT_A_RETURN: 'remittances.outcomeIgnored', NOT_APPLICABLE: 'remittances.outcomeIgnored',
};

export function RemittancesPage() {
  const { t } = useI18n();
  const list = useQuery(RemittancesDocument);
  const settings = list.data?.sepaSettings;
  return (
    <Stack>
      <PageTitle>{t('remittances.title')}</PageTitle>
      {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {settings && !settings.complete && (
        <ExplanationPanel tone="refusal" title={t('remittances.settingsMissing')}>
          <Stack gap="xs" align="flex-start">
            <span>{t('remittances.settingsMissingHelp')}</span>
            <Anchor component={Link} to="/settings/sepa">{t('remittances.settingsLink')}</Anchor>
          </Stack>
        </ExplanationPanel>
      )}
      {settings?.complete && (
        <Group gap="xs">
          <Text c="dimmed" size="sm">{t('remittances.creditor', { name: settings.creditorName ?? '', id: settings.creditorId ?? '', format: settings.painFormat })}</Text>
          <Anchor component={Link} to="/settings/sepa" size="sm">{t('remittances.settingsEdit')}</Anchor>
        </Group>
      )}
      <Tabs defaultValue="new">
        <Tabs.List>
          <Tabs.Tab value="new">{t('remittances.newTab')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('remittances.historyTab')}</Tabs.Tab>
          <Tabs.Tab value="returns">{t('remittances.returnsTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="md"><NewRemittance /></Tabs.Panel>
        <Tabs.Panel value="history" pt="md"><History remittances={list.data?.remittances ?? []} /></Tabs.Panel>
        <Tabs.Panel value="returns" pt="md"><ImportReturns /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function NewRemittance() {
  const { t, language } = useI18n();
  const [date, setDate] = useState(addDays(todayFrom(new Date()), 3));
  const [queuePreview, queueing] = useMutation(QueueRemittancePreviewDocument);
  const [loadPreview, previewResult] = useLazyQuery(RemittancePreviewJobDocument, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateRemittanceDocument);
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [previewJob, setPreviewJob] = useState<BackgroundJobFieldsFragment | null>(null);
  const [previewDate, setPreviewDate] = useState<string | null>(null);
  const [job, setJob] = useState<BackgroundJobFieldsFragment | null>(null);
  const [created, setCreated] = useState<RemittanceFieldsFragment | null>(null);
  const { run, problem } = useSubmit(null);
  // Only the answer of the preview job shown now (not one of an earlier date's).
  const data = previewJob?.status === 'COMPLETED' && previewResult.data?.backgroundJob?.id === previewJob.id ? previewResult.data.backgroundJob.remittancePreview : null;

  const startPreview = async () => {
    setCreated(null);
    setJob(null);
    setPreviewJob(null);
    setPreviewDate(date);
    // The date is refused at once; the preview itself is a job followed below.
    const outcome = await run(() => queuePreview({ variables: { collectionDate: date } }));
    if (outcome?.data) setPreviewJob(outcome.data.queueRemittancePreview);
  };
  const previewEnded = useCallback((ended: BackgroundJobFieldsFragment) => {
    setPreviewJob(ended);
    if (ended.status === 'COMPLETED') void loadPreview({ variables: { id: ended.id } });
  }, [loadPreview]);

  const execute = async () => {
    if (!data) return;
    // The date and the creditor data are refused at once; the remittance itself is a job followed below.
    const outcome = await run(() => create({ variables: { collectionDate: data.collectionDate } }));
    setConfirming(false);
    if (outcome?.data) { setCreated(null); setJob(outcome.data.createRemittance); }
  };
  const ended = useCallback(async (done: BackgroundJobFieldsFragment) => {
    void client.refetchQueries({ include: ['Remittances', 'Invoices'] });
    if (done.status !== 'COMPLETED') return;
    const result = await client.query({ query: RemittanceJobDocument, variables: { id: done.id }, fetchPolicy: 'network-only' });
    const remittance = result.data?.backgroundJob?.remittance;
    // The preview is now out of date (its invoices are in an open remittance): the remittance takes its place.
    if (remittance) { setJob(null); setPreviewJob(null); setCreated(remittance); }
  }, [client]);

  return (
    <Stack>
      <Group align="end">
        <DateField label={t('remittances.collectionDate')} value={date} onChange={setDate} w={190} />
        <Button loading={queueing.loading || previewResult.loading || (previewJob !== null && isJobOpen(previewJob))} onClick={() => void startPreview()}>{t('remittances.preview')}</Button>
        {data && data.count > 0 && <Button color="green" onClick={() => setConfirming(true)}>{t('remittances.create')}</Button>}
      </Group>
      {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
      {previewJob && <JobProgress key={previewJob.id} job={previewJob} label={t('remittances.previewProgress', { date: formatDay(previewDate ?? '') })} onEnd={previewEnded} />}
      {previewResult.error && <ErrorState error={previewResult.error} />}
      {job && <JobProgress key={job.id} job={job} label={t('remittances.progressLabel')} onEnd={(done) => void ended(done)} />}
      {created && (
        <ExplanationPanel title={t('remittances.created', { reference: created.reference })}>
          <Group>
            <Text>{t('remittances.createdText', { count: created.count, total: formatCents(created.sumCents, language) })}</Text>
            <DownloadButton remittance={created} />
          </Group>
        </ExplanationPanel>
      )}
      {data && (
        <Stack>
          <Card withBorder>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('remittances.count')} testId="remittance-count">{data.count}</Figure>
              <Figure label={t('common.total')} testId="remittance-total"><Money cents={data.sumCents} /></Figure>
              <Figure label={t('remittances.groups')}>{data.groups.map((g) => `${g.sequenceType} ${g.count}`).join(' · ') || '—'}</Figure>
              <Figure label={t('remittances.excludedCount')}>{data.excludedCount}</Figure>
            </SimpleGrid>
          </Card>
          <DataTable
            caption={t('remittances.inTitle')}
            rows={data.debits}
            rowKey={(row) => row.invoiceId}
            emptyLabel={t('remittances.nothing')}
            columns={[
              { key: 'invoice', header: t('remittances.invoice'), render: (row) => <Link to={`/invoices/${row.invoiceId}`}>{row.invoiceNumber}</Link> },
              { key: 'client', header: t('remittances.client'), render: (row) => <Link to={`/clients/${row.clientId}`}>{row.clientName}</Link> },
              { key: 'iban', header: 'IBAN', render: (row) => <Text size="xs" ff="monospace">{formatIban(row.iban)}</Text> },
              { key: 'seq', header: t('remittances.sequence'), render: (row) => <Group gap={4}><Badge variant="light">{row.sequenceType}</Badge>{row.amended && <Badge color="orange" variant="light">{t('remittances.amended')}</Badge>}</Group> },
              { key: 'why', header: t('remittances.why'), render: (row) => <Stack gap={0}>{row.reasons.map((r) => <Text key={r.code} size="xs">{r.message}</Text>)}</Stack> },
              { key: 'amount', header: t('common.total'), align: 'right', render: (row) => <Money cents={row.amountCents} fw={600} /> },
            ]}
          />
          <Title order={4}>{t('remittances.outTitle')} ({data.excludedCount})</Title>
          <DataTable
            rows={data.excluded}
            rowKey={(row) => row.invoiceId}
            emptyLabel={t('remittances.outEmpty')}
            columns={[
              { key: 'invoice', header: t('remittances.invoice'), render: (row) => <Link to={`/invoices/${row.invoiceId}`}>{row.invoiceNumber}</Link> },
              { key: 'client', header: t('remittances.client'), render: (row) => <Link to={`/clients/${row.clientId}`}>{row.clientName}</Link> },
              { key: 'reason', header: t('remittances.why'), render: (row) => <Stack gap={0}><Text size="sm">{row.reason.message}</Text><Text size="xs" c="dimmed">{row.reason.remedy}</Text></Stack> },
              { key: 'amount', header: t('common.total'), align: 'right', render: (row) => <Money cents={row.totalCents} /> },
            ]}
          />
        </Stack>
      )}
      <ConfirmDialog opened={confirming} busy={creating.loading} title={t('remittances.create')} confirmLabel={t('remittances.create')}
        onConfirm={() => void execute()} onCancel={() => setConfirming(false)}>
        {data ? t('remittances.createConfirm', { count: data.count, date: data.collectionDate, total: formatCents(data.sumCents, language) }) : ''}
      </ConfirmDialog>
    </Stack>
  );
}

function DownloadButton({ remittance }: { remittance: RemittanceFieldsFragment }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const go = async () => {
    setLoading(true);
    try {
      await downloadRemittance(remittance.downloadPath, `${remittance.reference}.xml`);
    } catch (error) {
      notifyFailure(t('common.error'), `${t('remittances.download')}: ${error instanceof Error ? error.message : ''}`);
    } finally {
      setLoading(false);
    }
  };
  return <Button variant="light" size="xs" loading={loading} onClick={() => void go()}>{t('remittances.download')}</Button>;
}

function History({ remittances }: { remittances: RemittanceFieldsFragment[] }) {
  const { t } = useI18n();
  const [settle, settling] = useMutation(MarkRemittanceSettledDocument, { refetchQueries: ['Remittances', 'Invoices', 'Dashboard'] });
  const [target, setTarget] = useState<RemittanceFieldsFragment | null>(null);
  const { run, problem } = useSubmit(null);
  return (
    <Stack>
      {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
      <DataTable
        caption={t('remittances.historyTab')}
        rows={remittances}
        rowKey={(row) => row.id}
        emptyLabel={t('remittances.historyEmpty')}
        columns={[
          { key: 'ref', header: t('remittances.reference'), render: (row) => <Text ff="monospace" size="sm">{row.reference}</Text> },
          { key: 'date', header: t('remittances.collectionDate'), render: (row) => <DateOnly value={row.collectionDate} /> },
          { key: 'format', header: t('remittances.format'), render: (row) => row.painFormat },
          { key: 'status', header: t('remittances.status'), render: (row) => <Badge color={row.status === 'OPEN' ? 'blue' : 'green'} variant="light">{t(row.status === 'OPEN' ? 'remittances.open' : 'remittances.settled')}</Badge> },
          { key: 'count', header: t('remittances.count'), align: 'right', render: (row) => row.count },
          { key: 'sum', header: t('common.total'), align: 'right', render: (row) => <Money cents={row.sumCents} /> },
          {
            key: 'actions', header: '', render: (row) => (
              <Group gap="xs" wrap="nowrap">
                <DownloadButton remittance={row} />
                {row.status === 'OPEN' && <Button size="xs" variant="default" onClick={() => setTarget(row)}>{t('remittances.settle')}</Button>}
              </Group>
            ),
          },
        ]}
      />
      <ConfirmDialog opened={target !== null} busy={settling.loading} title={t('remittances.settle')} confirmLabel={t('remittances.settle')}
        onConfirm={() => { const id = target?.id; setTarget(null); if (id) void run(() => settle({ variables: { id } })); }} onCancel={() => setTarget(null)}>
        {target ? t('remittances.settleConfirm', { reference: target.reference }) : ''}
      </ConfirmDialog>
    </Stack>
  );
}

function ImportReturns() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<BankReturnImportFieldsFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await uploadReturns(file));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('remittances.returnsHelp')}</Text>
      <Group align="end">
        <FileInput label={t('remittances.returnFile')} accept=".xml,application/xml,text/xml" value={file} onChange={setFile} w={360} clearable />
        <Button disabled={!file} loading={busy} onClick={() => void upload()}>{t('remittances.import')}</Button>
      </Group>
      {error && <ExplanationPanel tone="refusal" title={t('common.error')}>{error}</ExplanationPanel>}
      {report && (
        <Stack>
          <Text data-testid="returns-summary">{t('remittances.importSummary', { format: report.format, rows: report.rowCount, applied: report.applied, already: report.alreadyApplied, unmatched: report.unmatched, ignored: report.ignored })}</Text>
          <DataTable
            rows={report.rows}
            rowKey={(row) => `${row.endToEndId}-${row.outcome}`}
            emptyLabel={t('remittances.outEmpty')}
            columns={[
              { key: 'e2e', header: 'EndToEndId', render: (row) => <Text ff="monospace" size="xs">{row.endToEndId}</Text> },
              { key: 'invoice', header: t('remittances.invoice'), render: (row) => (row.invoiceId ? <Link to={`/invoices/${row.invoiceId}`}>{row.invoiceNumber}</Link> : '—') },
              { key: 'code', header: t('remittances.reasonCode'), render: (row) => row.reasonCode ?? '—' },
              { key: 'outcome', header: t('remittances.outcome'), render: (row) => <Badge variant="light" color={row.outcome === 'APPLIED' ? 'orange' : 'gray'}>{t(OUTCOME[row.outcome] ?? 'remittances.outcomeIgnored')}</Badge> },
              { key: 'why', header: t('remittances.why'), render: (row) => row.explanation && <Stack gap={0}><Text size="sm">{row.explanation.message}</Text><Text size="xs" c="dimmed">{row.explanation.remedy}{row.fee ? ` ${t('remittances.feeAdded')}` : ''}</Text></Stack> },
            ]}
          />
        </Stack>
      )}
    </Stack>
  );
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz="lg" data-testid={testId}>{children}</Text>
    </Stack>
  );
}
