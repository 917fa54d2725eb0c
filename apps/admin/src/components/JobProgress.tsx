// A queued or running background job (docs/jobs.md "Background jobs"): polls backgroundJob(id) and shows a
// progress bar (role=progressbar, with its values) until the job ends; then hands the final job to `onEnd` once.
// A FAILED job shows why and what to do (the server's explanation, in the request's language); what a
// COMPLETED job produced is the page's to show.
import { Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../i18n/I18nProvider';
import type { BackgroundJobFieldsFragment } from '../gql/graphql';
import { BackgroundJobDocument } from './job.operations';

export const isJobOpen = (job: Pick<BackgroundJobFieldsFragment, 'status'>) => job.status === 'QUEUED' || job.status === 'RUNNING';

export function JobProgress({ job, label, onEnd }: { job: BackgroundJobFieldsFragment; label: string; onEnd?: (job: BackgroundJobFieldsFragment) => void }) {
  const { t } = useI18n();
  const open = isJobOpen(job);
  const { data } = useQuery(BackgroundJobDocument, { variables: { id: job.id }, pollInterval: 500, fetchPolicy: 'network-only', skip: !open });
  const current = data?.backgroundJob ?? job;
  const ended = useRef<string | null>(open ? null : job.id);
  useEffect(() => {
    if (isJobOpen(current) || ended.current === current.id) return;
    ended.current = current.id;
    onEnd?.(current);
  }, [current, onEnd]);
  if (current.status === 'FAILED') {
    return (
      <ExplanationPanel tone="refusal" title={`${t('jobs.failed')} · ${label}`} data-testid="job-failure">
        <Text>{current.failure?.message}</Text>
        <Text size="sm">{current.failure?.remedy}</Text>
      </ExplanationPanel>
    );
  }
  if (current.status === 'COMPLETED') return null;
  const total = current.itemsTotal ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((current.itemsDone / total) * 100)) : 0;
  return (
    <ExplanationPanel title={label} data-testid="job-progress">
      <Stack gap="xs">
        <Progress value={percent} animated aria-label={label} size="lg" />
        <Text size="sm" aria-live="polite">
          {current.status === 'QUEUED' ? t('jobs.queued') : current.itemsTotal === null ? t('jobs.running') : t('jobs.progress', { done: current.itemsDone, total })}
        </Text>
      </Stack>
    </ExplanationPanel>
  );
}
