// "Descargar PDF (ZIP)": every invoice the list's filter selects, as one ZIP a worker makes (docs/jobs.md "PDF
// batches"). Queued with the current filter, followed with JobProgress, then a link that downloads the file with
// the session (components/download.ts). A refusal (none selected, too many) says why and what to do.
import { Anchor, Button, Text } from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { IconFileZip } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { downloadFile } from '../../components/download';
import { isJobOpen, JobProgress } from '../../components/JobProgress';
import { notifyFailure } from '../../components/notify';
import { useSubmit } from '../../components/useSubmit';
import type { BackgroundJobFieldsFragment, InvoiceFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { PdfBatchFileDocument, QueueInvoicePdfBatchDocument } from './invoices.operations';

export function usePdfBatch(filter: InvoiceFilter) {
  const [queue, queueing] = useMutation(QueueInvoicePdfBatchDocument);
  const [loadFile, fileResult] = useLazyQuery(PdfBatchFileDocument, { fetchPolicy: 'network-only' });
  const [job, setJob] = useState<BackgroundJobFieldsFragment | null>(null);
  const { run, problem, remedy, clearProblem } = useSubmit(null);
  // Another filter is another batch: what was made for the previous one goes away. By value: the page hands a new
  // object with the same values after its debounce, which must not drop a batch just queued.
  const filterKey = JSON.stringify(filter);
  useEffect(() => { setJob(null); clearProblem(); }, [filterKey]);
  const start = async () => {
    setJob(null);
    const outcome = await run(() => queue({ variables: { filter } }));
    if (outcome?.data) setJob(outcome.data.queueInvoicePdfBatch);
  };
  const onEnd = useCallback((ended: BackgroundJobFieldsFragment) => {
    setJob(ended);
    if (ended.status === 'COMPLETED') void loadFile({ variables: { id: ended.id } });
  }, [loadFile]);
  const fetched = fileResult.data?.backgroundJob;
  const file = job?.status === 'COMPLETED' && fetched?.id === job.id ? fetched.file : null;
  return { start, busy: queueing.loading || (job !== null && isJobOpen(job)), job, file, problem, remedy, onEnd };
}
export type PdfBatch = ReturnType<typeof usePdfBatch>;

/** 7,3 MB; 29 kB under a megabyte. */
export function fileSize(bytes: number, language: string): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(language, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(mega ? bytes / 1e6 : Math.max(1, bytes / 1e3));
}

export function PdfBatchButton({ batch }: { batch: PdfBatch }) {
  const { t } = useI18n();
  return (
    <Button variant="light" loading={batch.busy} leftSection={<IconFileZip size={16} />} onClick={() => void batch.start()}>
      {t('invoices.pdfBatch')}
    </Button>
  );
}

export function PdfBatchStatus({ batch }: { batch: PdfBatch }) {
  const { t, language } = useI18n();
  const [downloading, setDownloading] = useState(false);
  const { file } = batch;
  const download = async () => {
    if (!file) return;
    setDownloading(true);
    try {
      await downloadFile(file.url, file.name);
    } catch (error) {
      notifyFailure(t('common.error'), `${t('invoices.pdfBatch')}: ${error instanceof Error ? error.message : ''}`);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <>
      {batch.problem && (
        <ExplanationPanel tone="refusal" title={t('invoices.pdfBatch')} data-testid="pdf-batch-refusal">
          <Text>{batch.problem}</Text>
          {batch.remedy && <Text size="sm">{batch.remedy}</Text>}
        </ExplanationPanel>
      )}
      {batch.job && <JobProgress job={batch.job} label={t('invoices.pdfBatchProgress')} onEnd={batch.onEnd} />}
      {file && (
        <ExplanationPanel title={t('invoices.pdfBatchReady')} data-testid="pdf-batch-ready">
          <Anchor href={file.url} onClick={(e) => { e.preventDefault(); if (!downloading) void download(); }}>
            {t('invoices.pdfBatchDownload', { name: file.name, size: fileSize(file.bytes, language) })}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('invoices.pdfBatchKeptUntil', { when: new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(file.expiresAt)) })}
          </Text>
        </ExplanationPanel>
      )}
    </>
  );
}
