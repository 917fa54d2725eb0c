import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { explain } from '@antena/domain';
import { renderApp } from '../test/renderApp';
import { answer } from '../test/typed';
import type { BackgroundJobStatus } from '../gql/graphql';
import { BackgroundJobDocument } from './job.operations';
import { JobProgress } from './JobProgress';

const lost = explain({ code: 'JOB_WORKER_LOST', params: { seconds: 120 } }, 'es');
const job = (status: BackgroundJobStatus, itemsDone = 0, itemsTotal: number | null = null, failure: typeof lost | null = null) => ({
  __typename: 'BackgroundJob' as const, id: 'j9', kind: 'BILLING_PREVIEW' as const, status, itemsDone, itemsTotal, createdAt: '2026-11-20T10:00:00.000Z',
  startedAt: status === 'QUEUED' ? null : '2026-11-20T10:00:01.000Z', finishedAt: status === 'FAILED' ? '2026-11-20T10:02:01.000Z' : null,
  failure: failure && { __typename: 'Explanation' as const, code: failure.code, message: failure.message, remedy: failure.remedy, field: failure.field },
});
const polled = (result: ReturnType<typeof job>) => answer(BackgroundJobDocument, { id: 'j9' }, { backgroundJob: result });

describe('JobProgress', () => {
  it('queued, then running before the worker knows its total, then FAILED with the reason and remedy; onEnd once', async () => {
    const onEnd = vi.fn();
    renderApp(<JobProgress job={job('QUEUED')} label="Vista previa" onEnd={onEnd} />, [polled(job('RUNNING')), polled(job('FAILED', 10, 40, lost))]);
    const bar = screen.getByRole('progressbar', { name: 'Vista previa' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('En cola: empieza en unos segundos.')).toBeTruthy();
    await screen.findByText('En marcha…');
    const failure = await screen.findByTestId('job-failure', {}, { timeout: 3000 });
    expect(failure.textContent).toContain('El proceso que hacía la tarea dejó de dar señales de vida durante 120 segundos.');
    expect(failure.textContent).toContain('pnpm worker');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(onEnd).toHaveBeenCalledTimes(1));
    expect(onEnd.mock.calls[0]![0]).toMatchObject({ id: 'j9', status: 'FAILED' });
  });

  it('a job given already ended is neither polled nor handed back (the page has it)', async () => {
    const onEnd = vi.fn();
    renderApp(<JobProgress job={job('COMPLETED', 4, 4)} label="Vista previa" onEnd={onEnd} />, []);
    expect(screen.queryByRole('progressbar')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onEnd).not.toHaveBeenCalled();
  });
});
