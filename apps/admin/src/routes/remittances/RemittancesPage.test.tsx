import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { explain } from '@antena/domain';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import type { BackgroundJobStatus } from '../../gql/graphql';
import { BackgroundJobDocument } from '../../components/job.operations';
import { RemittancesPage } from './RemittancesPage';
import { CreateRemittanceDocument, QueueRemittancePreviewDocument, RemittanceJobDocument, RemittancePreviewJobDocument, RemittancesDocument } from './remittances.operations';

const settings = { __typename: 'SepaSettings' as const, complete: true, creditorName: 'Antena Telecom S.L.', creditorId: 'ES77000B85626240', painFormat: 'pain.008.001.02' as const, daysBetweenIssueAndCollection: 5, returnFeeEnabled: false, returnFeeCents: 500 };
const remittance = {
  __typename: 'Remittance' as const, id: 'r1', reference: 'REM-20261125-000001', painFormat: 'pain.008.001.02' as const, collectionDate: '2026-11-25', status: 'OPEN' as const, count: 1, sumCents: 3630,
  createdAt: '2026-11-20T10:00:00.000Z', createdBy: 'admin@test.local', settledAt: null, downloadPath: '/remittances/r1.xml',
};
const list = (items: (typeof remittance)[]) => answer(RemittancesDocument, undefined, { remittances: items, sepaSettings: settings }, { times: 5 });
const previewResult = {
  __typename: 'RemittancePreview', collectionDate: '2026-11-25', painFormat: 'pain.008.001.02', count: 1, sumCents: 3630, excludedCount: 1,
  groups: [{ __typename: 'RemittancePaymentGroup', sequenceType: 'FRST', count: 1, sumCents: 3630 }],
  excludedByReason: [{ __typename: 'ReasonCount', code: 'SEPA_EXCLUDED_NO_SIGNATURE', count: 1 }],
  debits: [{ __typename: 'RemittanceDebitPreview', invoiceId: 'i1', invoiceNumber: 'F2026-000001', clientId: 'c1', clientName: 'Ana', contractId: 'k1', contractNumber: 'CT000001',
    amountCents: 3630, endToEndId: 'F2026-000001-01', sequenceType: 'FRST', iban: 'ES9121000418450200051332', amended: true,
    reasons: [{ __typename: 'Explanation', code: 'SEPA_AMENDED_IBAN', message: 'Mandato modificado: el IBAN de la firma cambió.' }] }],
  excluded: [{ __typename: 'RemittanceExclusion', invoiceId: 'i2', invoiceNumber: 'F2026-000002', clientId: 'c2', clientName: 'Bea', totalCents: 1000,
    reason: { __typename: 'Explanation', code: 'SEPA_EXCLUDED_NO_SIGNATURE', message: 'La factura F2026-000002 se paga por transferencia.', remedy: 'Firma el contrato.' } }],
} as const;

const job = (status: BackgroundJobStatus, itemsDone = 0, itemsTotal: number | null = null, failure: ReturnType<typeof explain> | null = null, id = 'j1', kind: 'REMITTANCE' | 'REMITTANCE_PREVIEW' = 'REMITTANCE') => ({
  __typename: 'BackgroundJob' as const, id, kind, status, itemsDone, itemsTotal, createdAt: '2026-11-20T10:00:00.000Z',
  startedAt: status === 'QUEUED' ? null : '2026-11-20T10:00:01.000Z', finishedAt: status === 'COMPLETED' || status === 'FAILED' ? '2026-11-20T10:00:02.000Z' : null,
  failure: failure && { __typename: 'Explanation' as const, code: failure.code, message: failure.message, remedy: failure.remedy, field: failure.field },
});
const queued = answer(CreateRemittanceDocument, { collectionDate: '2026-11-25' }, { createRemittance: job('QUEUED') });
const polled = (result: ReturnType<typeof job>) => answer(BackgroundJobDocument, { id: 'j1' }, { backgroundJob: result });
const generated = answer(RemittanceJobDocument, { id: 'j1' }, { backgroundJob: { __typename: 'BackgroundJob', id: 'j1', remittance } });
/** The preview is a REMITTANCE_PREVIEW job (p1): queued, then polled until it ends, then its result read. */
const previewJob = (status: BackgroundJobStatus, itemsDone = 0, itemsTotal: number | null = null, failure: ReturnType<typeof explain> | null = null) =>
  job(status, itemsDone, itemsTotal, failure, 'p1', 'REMITTANCE_PREVIEW');
const previewQueued = answer(QueueRemittancePreviewDocument, { collectionDate: '2026-11-25' }, { queueRemittancePreview: previewJob('QUEUED') });
const previewPolled = (result: ReturnType<typeof job>) => answer(BackgroundJobDocument, { id: 'p1' }, { backgroundJob: result });
const previewRead = answer(RemittancePreviewJobDocument, { id: 'p1' }, { backgroundJob: { __typename: 'BackgroundJob', id: 'p1', remittancePreview: previewResult } });
/** The mocks of a preview that completes at once. */
const preview = [previewQueued, previewPolled(previewJob('COMPLETED', 2, 2)), previewRead];

/** Preview of 25/11/2026, then "Generar la remesa" and its confirmation. */
async function previewAndConfirm() {
  const date = await screen.findByRole('textbox', { name: 'Fecha de cobro' });
  fireEvent.change(date, { target: { value: '2026-11-25' } });
  fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Generar la remesa' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Generar la remesa' }));
}

describe('RemittancesPage', () => {
  it('previews what goes in and what stays out with reasons, then creates after confirmation', async () => {
    renderApp(<RemittancesPage />, [list([]), ...preview, queued, polled(job('COMPLETED', 2, 2)), generated, list([remittance])]);
    const date = await screen.findByRole('textbox', { name: 'Fecha de cobro' });
    fireEvent.change(date, { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    expect(await screen.findByText('Mandato modificado: el IBAN de la firma cambió.')).toBeTruthy();
    expect(screen.getByText('La factura F2026-000002 se paga por transferencia.')).toBeTruthy();
    expect(screen.getByText('Firma el contrato.')).toBeTruthy();
    expect(screen.getByTestId('remittance-total').textContent?.replace(/\s/g, ' ')).toBe('36,30 €');
    fireEvent.click(screen.getByRole('button', { name: 'Generar la remesa' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Se generará una remesa de 1 adeudo con cobro el 25/11/2026');
    fireEvent.click(screen.getAllByRole('button', { name: 'Generar la remesa' }).at(-1)!);
    expect(await screen.findByText('Remesa REM-20261125-000001 generada')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar XML' })).toBeTruthy();
  });

  it('follows the queued remittance with a progress bar until it is generated, then shows it', async () => {
    renderApp(<RemittancesPage />, [list([]), ...preview, queued, polled(job('RUNNING', 250, 1000)), polled(job('COMPLETED', 1000, 1000)), generated, list([remittance])]);
    await previewAndConfirm();
    const bar = await screen.findByRole('progressbar', { name: 'Generando la remesa' });
    await screen.findByText('250 de 1000');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(await screen.findByText('Remesa REM-20261125-000001 generada', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('1 adeudo por un total de 36,30 €.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a job that ends FAILED says why and what to do, and no remittance is shown', async () => {
    const empty = explain({ code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate', params: { date: '2026-11-25' } }, 'es');
    renderApp(<RemittancesPage />, [list([]), ...preview, queued, polled(job('FAILED', 3, 3, empty)), list([])]);
    await previewAndConfirm();
    const failure = await screen.findByTestId('job-failure', {}, { timeout: 3000 });
    expect(failure.textContent).toContain('No terminó · Generando la remesa');
    expect(failure.textContent).toContain('Ninguna factura puede entrar en la remesa del 25/11/2026.');
    expect(failure.textContent).toContain('Revisa en la vista previa por qué queda fuera cada factura.');
    expect(screen.queryByText(/^Remesa REM-/)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('what is refused at once (the creditor data) is shown without any job', async () => {
    renderApp(<RemittancesPage />, [list([]), ...preview,
      refuse(CreateRemittanceDocument, { collectionDate: '2026-11-25' }, 'BAD_USER_INPUT', null, { refusal: { code: 'SEPA_SETTINGS_MISSING', field: 'settings', params: {} } })]);
    await previewAndConfirm();
    expect(await screen.findByText('Faltan los datos del acreedor SEPA.', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('runs the preview as a job: a progress bar of the candidates gone through, then the same tables', async () => {
    renderApp(<RemittancesPage />, [list([]), previewQueued, previewPolled(previewJob('RUNNING', 500, 2000)), previewPolled(previewJob('COMPLETED', 2000, 2000)), previewRead]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Fecha de cobro' }), { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    const bar = await screen.findByRole('progressbar', { name: 'Vista previa de la remesa del 25/11/2026' });
    await screen.findByText('500 de 2000');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.queryByRole('button', { name: 'Generar la remesa' })).toBeNull();
    expect(await screen.findByText('Mandato modificado: el IBAN de la firma cambió.', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('La factura F2026-000002 se paga por transferencia.')).toBeTruthy();
    expect(screen.getByTestId('remittance-total').textContent?.replace(/\s/g, ' ')).toBe('36,30 €');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Generar la remesa' })).toBeTruthy();
  });

  it('a collection date refused at once is explained on the page, without any job', async () => {
    const early = { code: 'SEPA_COLLECTION_DATE_TOO_EARLY', field: 'collectionDate', params: { date: '2026-11-25', today: '2026-11-26' } } as const;
    renderApp(<RemittancesPage />, [list([]), refuse(QueueRemittancePreviewDocument, { collectionDate: '2026-11-25' }, 'BAD_USER_INPUT', 'collectionDate', { refusal: early })]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Fecha de cobro' }), { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    expect(await screen.findByText(explain(early, 'es').message, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a preview job that ends FAILED shows its reason and remedy, and no tables', async () => {
    const lost = explain({ code: 'JOB_WORKER_LOST', params: { seconds: 60 } }, 'es');
    renderApp(<RemittancesPage />, [list([]), previewQueued, previewPolled(previewJob('FAILED', 500, 2000, lost))]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Fecha de cobro' }), { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    const failure = await screen.findByTestId('job-failure', {}, { timeout: 3000 });
    expect(failure.textContent).toContain('Vista previa de la remesa del 25/11/2026');
    expect(failure.textContent).toContain(lost.message);
    expect(failure.textContent).toContain(lost.remedy);
    expect(screen.queryByTestId('remittance-count')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Generar la remesa' })).toBeNull();
  });

  it('says what is missing before any remittance can be made', async () => {
    renderApp(<RemittancesPage />, [answer(RemittancesDocument, undefined, { remittances: [], sepaSettings: { ...settings, complete: false } })]);
    expect(await screen.findByText('Faltan los datos del acreedor')).toBeTruthy();
    // The form that fills them in is one click away.
    fireEvent.click(screen.getByRole('link', { name: 'Abrir los ajustes SEPA' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/settings/sepa');
  });
});
