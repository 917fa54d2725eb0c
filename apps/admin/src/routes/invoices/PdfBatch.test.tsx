import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { explain } from '@antena/domain';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import type { BackgroundJobStatus, InvoiceFilter } from '../../gql/graphql';
import { BackgroundJobDocument } from '../../components/job.operations';
import { fileSize, PdfBatchButton, PdfBatchStatus, usePdfBatch } from './PdfBatch';
import { PdfBatchFileDocument, QueueInvoicePdfBatchDocument } from './invoices.operations';

const filter: InvoiceFilter = { status: null, kind: null, periodFrom: '2026-11', periodTo: '2026-11', clientId: null, minTotalCents: null, maxTotalCents: null };

/** The page's part: its filter, handed again as a new object ("same") or changed ("other"). */
function Batch({ filter: initial }: { filter: InvoiceFilter }) {
  const [f, setF] = useState(initial);
  const batch = usePdfBatch(f);
  return (
    <>
      <button type="button" onClick={() => setF({ ...f })}>same</button>
      <button type="button" onClick={() => setF({ ...f, periodTo: '2026-12' })}>other</button>
      <PdfBatchButton batch={batch} /><PdfBatchStatus batch={batch} />
    </>
  );
}

const job = (status: BackgroundJobStatus, itemsDone = 0, itemsTotal: number | null = null, failure: ReturnType<typeof explain> | null = null) => ({
  __typename: 'BackgroundJob' as const, id: 'j1', kind: 'INVOICE_PDF_BATCH' as const, status, itemsDone, itemsTotal, createdAt: '2026-11-20T10:00:00.000Z',
  startedAt: status === 'QUEUED' ? null : '2026-11-20T10:00:01.000Z', finishedAt: status === 'COMPLETED' || status === 'FAILED' ? '2026-11-20T10:00:09.000Z' : null,
  failure: failure && { __typename: 'Explanation' as const, code: failure.code, message: failure.message, remedy: failure.remedy, field: failure.field },
});
const queued = answer(QueueInvoicePdfBatchDocument, { filter }, { queueInvoicePdfBatch: job('QUEUED', 0, 240) });
const polled = (result: ReturnType<typeof job>) => answer(BackgroundJobDocument, { id: 'j1' }, { backgroundJob: result });
const file = answer(PdfBatchFileDocument, { id: 'j1' }, { backgroundJob: { __typename: 'BackgroundJob', id: 'j1',
  file: { __typename: 'JobFile', name: 'facturas-2026-11.zip', contentType: 'application/zip', bytes: 7_340_032, url: '/jobs/j1/file', expiresAt: '2026-12-10T10:00:00.000Z' } } });

afterEach(() => { vi.restoreAllMocks(); });

describe('PDF batch of the filtered invoices', () => {
  it('queues the current filter, shows the progress per invoice, then a link that downloads the ZIP with the session', async () => {
    renderApp(<Batch filter={filter} />, [queued, polled(job('RUNNING', 60, 240)), polled(job('COMPLETED', 240, 240)), file]);
    fireEvent.click(screen.getByRole('button', { name: 'Descargar PDF (ZIP)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Preparando los PDF de las facturas filtradas' });
    await screen.findByText('60 de 240');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    const link = await screen.findByRole('link', { name: 'Descargar facturas-2026-11.zip (7,3 MB)' }, { timeout: 3000 });
    // How long the server keeps it (expiresAt, in the reader's time zone and language).
    const kept = new Intl.DateTimeFormat('es-ES', { dateStyle: 'short', timeStyle: 'short' }).format(new Date('2026-12-10T10:00:00.000Z'));
    expect(screen.getByText(`Se conserva hasta el ${kept}; después, vuelve a prepararlo.`)).toBeTruthy();
    expect(link.getAttribute('href')).toBe('/jobs/j1/file');
    expect(screen.queryByRole('progressbar')).toBeNull();

    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(new Blob(['PK']), { status: 200 }));
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:zip'), revokeObjectURL: vi.fn() });
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(link);
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(fetched).toHaveBeenCalledWith('/jobs/j1/file', expect.objectContaining({ credentials: 'same-origin', headers: expect.objectContaining({ 'x-antena-csrf': '1' }) }));
    expect((saved.mock.contexts[0] as HTMLAnchorElement).download).toBe('facturas-2026-11.zip');
  });

  it('keeps the batch when the page hands the same filter again (its debounce), drops it for another filter', async () => {
    renderApp(<Batch filter={filter} />, [queued, polled(job('RUNNING', 60, 240)), polled(job('RUNNING', 120, 240)), polled(job('RUNNING', 180, 240))]);
    fireEvent.click(screen.getByRole('button', { name: 'Descargar PDF (ZIP)' }));
    await screen.findByText('60 de 240');
    fireEvent.click(screen.getByRole('button', { name: 'same' }));
    await screen.findByText('120 de 240');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'other' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('sizes the file in kB or MB, in the reader\'s language', () => {
    expect(fileSize(29_775, 'es')).toBe('30 kB');
    expect(fileSize(7_340_032, 'es')).toBe('7,3 MB');
    expect(fileSize(7_340_032, 'en')).toBe('7.3 MB');
  });

  it('a selection the API refuses says why and what to do, and nothing is followed', async () => {
    renderApp(<Batch filter={filter} />, [refuse(QueueInvoicePdfBatchDocument, { filter }, 'BAD_USER_INPUT', 'filter', { refusal: { code: 'PDF_BATCH_TOO_LARGE', field: 'filter', params: { count: 7321, max: 5000 } } })]);
    fireEvent.click(screen.getByRole('button', { name: 'Descargar PDF (ZIP)' }));
    const refusal = await screen.findByTestId('pdf-batch-refusal');
    const explained = explain({ code: 'PDF_BATCH_TOO_LARGE', field: 'filter', params: { count: 7321, max: 5000 } }, 'es');
    expect(refusal.textContent).toContain(explained.message);
    expect(refusal.textContent).toContain(explained.remedy);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('a batch that ends FAILED shows why, and offers no file', async () => {
    const lost = explain({ code: 'JOB_WORKER_LOST', params: { seconds: 120 } }, 'es');
    renderApp(<Batch filter={filter} />, [queued, polled(job('FAILED', 12, 240, lost))]);
    fireEvent.click(screen.getByRole('button', { name: 'Descargar PDF (ZIP)' }));
    const failure = await screen.findByTestId('job-failure', {}, { timeout: 3000 });
    expect(failure.textContent).toContain(lost.message);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
