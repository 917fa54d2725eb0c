import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { message } from '@antena/domain';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import { BillingPage } from './BillingPage';
import type { BackgroundJobStatus, BillingRunStatus } from '../../gql/graphql';
import { BackgroundJobDocument } from '../../components/job.operations';
import {
  BillingModeDocument, BillingPreviewJobDocument, BillingRunDocument, BillingRunsDocument, QueueBillingPreviewDocument, RunBillingDocument, RunMassCreditDocument,
} from './billing.operations';

const settings = answer(BillingModeDocument, undefined, { billingSettings: { __typename: 'BillingSettings', mode: 'ARREARS', massCreditOnTariffMigration: false } });
const runs = answer(BillingRunsDocument, undefined, { billingRuns: [] }, { times: 5 });
const account = { __typename: 'BillingAccount' as const, iban: 'ES9121000418450200051332', source: 'CONTRACT_SIGNATURE' as const, explanation: 'Firma del contrato CT000001.' };
const previewResult = {
    __typename: 'BillingPreview' as const, period: '2026-10', mode: 'ARREARS' as const, issueDate: '2026-11-01', invoiceCount: 1, skippedCount: 1,
    baseCents: 3750, taxCents: 788, totalCents: 4538, skippedByReason: [{ __typename: 'SkipCount' as const, code: 'ALL_NON_BILLABLE', count: 1 }],
    invoices: [{ __typename: 'PreviewInvoice' as const, contractId: 'k1', contractNumber: 'CT000001', clientId: 'c1', baseCents: 3750, taxCents: 788, totalCents: 4538, billingAccount: account,
      lines: [
        { __typename: 'InvoiceLine' as const, id: 'k1:1', description: 'Tarifa A: 15 de 30 días', amountCents: 1500 },
        { __typename: 'InvoiceLine' as const, id: 'k1:2', description: 'Tarifa B: 15 de 30 días', amountCents: 2250 },
      ] }],
    skipped: [{ __typename: 'SkippedContract' as const, contractId: 'k2', contractNumber: 'CT000002', clientId: 'c2', code: 'ALL_NON_BILLABLE',
      message: 'La suscripción está activa no facturable.', remedy: 'Si deben facturarse, cambia su estado a Activa.' }],
};
/** The preview runs as a background job (docs/jobs.md "Billing previews"): queued, polled, then its result read. */
const previewJob = (status: BackgroundJobStatus, itemsDone = 0, itemsTotal: number | null = null) => ({
  __typename: 'BackgroundJob' as const, id: 'p1', kind: 'BILLING_PREVIEW' as const, status, itemsDone, itemsTotal, createdAt: '2026-11-20T10:00:00.000Z',
  startedAt: status === 'QUEUED' ? null : '2026-11-20T10:00:01.000Z', finishedAt: status === 'COMPLETED' ? '2026-11-20T10:00:02.000Z' : null, failure: null,
});
const previewPolled = (result: ReturnType<typeof previewJob>) => answer(BackgroundJobDocument, { id: 'p1' }, { backgroundJob: result });
const preview = [
  answer(QueueBillingPreviewDocument, { period: '2026-10' }, { queueBillingPreview: previewJob('QUEUED', 0, 2) }),
  previewPolled(previewJob('COMPLETED', 2, 2)),
  answer(BillingPreviewJobDocument, { id: 'p1' }, { backgroundJob: { __typename: 'BackgroundJob', id: 'p1', billingPreview: previewResult } }),
];
const run = (kind: 'BILLING' | 'MASS_CREDIT', invoiceCount: number, totalCents: number, progress: { status?: BillingRunStatus; itemsDone?: number; itemsTotal?: number | null } = {}) => ({
  __typename: 'BillingRun' as const, id: 'r1', kind, period: '2026-10', status: 'COMPLETED' as BillingRunStatus, issueDate: '2026-11-01', invoiceCount, skippedCount: 1, totalCents,
  firstNumber: 'F2026-000001', lastNumber: 'F2026-000001', itemsDone: 2, itemsTotal: 2, failure: null,
  skippedByReason: [{ __typename: 'SkipCount' as const, code: 'NOTHING_TO_BILL', count: 4 }, { __typename: 'SkipCount' as const, code: 'CATCH_UP_NEXT', count: 1 }], ...progress,
});
const polled = (result: ReturnType<typeof run>) => answer(BillingRunDocument, { id: 'r1' }, { billingRun: result });

describe('BillingPage', () => {
  it('previews a period, runs it after confirmation and shows the result', async () => {
    renderApp(<BillingPage />, [settings, runs, ...preview,
      answer(RunBillingDocument, { period: '2026-10' }, { runBilling: run('BILLING', 1, 4538) })]);
    const period = await screen.findByRole('textbox', { name: 'Periodo (AAAA-MM)' });
    fireEvent.change(period, { target: { value: '2026-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    expect(await screen.findByText('Tarifa B: 15 de 30 días')).toBeTruthy();
    expect(screen.getByTestId('preview-total').textContent?.replace(/\s/g, ' ')).toBe('45,38 €');
    expect(screen.getByText('La suscripción está activa no facturable.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Facturar el periodo' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Se emitirá 1 factura del periodo 2026-10');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Facturar el periodo' }));
    const result = await screen.findByTestId('run-result');
    expect(result.textContent).toContain('1 factura emitida por un total de 45,38');
    expect(result.textContent).toContain('4 contratos sin nada que facturar');
    expect(result.textContent).toContain('1 contrato activado después de la fecha de emisión (se cobra en la próxima factura como regularización)');
    expect(result.textContent).not.toMatch(/NOTHING_TO_BILL|CATCH_UP_NEXT|×/);
    expect(result.textContent).toContain('F2026-000001');
  });

  it('follows a queued run with a progress bar until it ends, then shows the result', async () => {
    renderApp(<BillingPage />, [settings, runs, ...preview,
      answer(RunBillingDocument, { period: '2026-10' }, { runBilling: run('BILLING', 0, 0, { status: 'QUEUED', itemsDone: 0, itemsTotal: null }) }),
      polled(run('BILLING', 1, 2000, { status: 'RUNNING', itemsDone: 1, itemsTotal: 4 })),
      polled(run('BILLING', 2, 4538, { status: 'COMPLETED', itemsDone: 4, itemsTotal: 4 }))]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Periodo (AAAA-MM)' }), { target: { value: '2026-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Facturar el periodo' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Facturar el periodo' }));
    const bar = await screen.findByRole('progressbar', { name: 'Progreso de la ejecución' });
    await screen.findByText('1 de 4 contratos revisados · 1 documento emitido');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    const result = await screen.findByTestId('run-result', {}, { timeout: 3000 });
    expect(result.textContent).toContain('2 facturas emitidas');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('previews a large base as a job: a progress bar of the contracts gone through, then the same tables', async () => {
    renderApp(<BillingPage />, [settings, runs,
      answer(QueueBillingPreviewDocument, { period: '2026-10' }, { queueBillingPreview: previewJob('QUEUED') }),
      previewPolled(previewJob('RUNNING', 40_000, 100_000)),
      previewPolled(previewJob('COMPLETED', 100_000, 100_000)),
      answer(BillingPreviewJobDocument, { id: 'p1' }, { backgroundJob: { __typename: 'BackgroundJob', id: 'p1', billingPreview: previewResult } })]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Periodo (AAAA-MM)' }), { target: { value: '2026-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    const bar = await screen.findByRole('progressbar', { name: 'Previsualización de 2026-10' });
    await screen.findByText('40000 de 100000');
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    // Nothing to run until the preview is there.
    expect(screen.queryByRole('button', { name: 'Facturar el periodo' })).toBeNull();
    expect(await screen.findByText('Tarifa B: 15 de 30 días', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('preview-count').textContent).toBe('1');
    expect(screen.getByRole('button', { name: 'Facturar el periodo' })).toBeTruthy();
  });

  it('a period the API refuses is explained, and no job is followed', async () => {
    renderApp(<BillingPage />, [settings, runs,
      refuse(QueueBillingPreviewDocument, { period: '2099-12' }, 'BAD_USER_INPUT', 'period', { reason: 'DATE_OUT_OF_RANGE', params: { field: 'period', value: '2100-01', min: '2000', max: '2099' } })]);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Periodo (AAAA-MM)' }), { target: { value: '2099-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Previsualizar' }));
    const said = message('DATE_OUT_OF_RANGE', 'es', { field: 'period', value: '2100-01', min: '2000', max: '2099' });
    expect((await screen.findAllByText(said)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('preview-count')).toBeNull();
  });

  it('shows why a mass credit is refused', async () => {
    renderApp(<BillingPage />, [settings, runs,
      // As the API refuses it (billing.service.ts): the domain's rule on the billing mode, BAD_USER_INPUT on field "mode".
      refuse(RunMassCreditDocument, { period: '2026-10' }, 'BAD_USER_INPUT', 'period', { refusal: { code: 'MASS_CREDIT_NEEDS_ADVANCE', field: 'mode', params: { mode: 'ARREARS' } } })]);
    fireEvent.click(await screen.findByRole('tab', { name: 'Abonos masivos' }));
    const panel = screen.getByRole('tabpanel', { name: 'Abonos masivos' });
    fireEvent.change(await within(panel).findByRole('textbox', { name: 'Periodo (AAAA-MM)' }), { target: { value: '2026-10' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Emitir abonos masivos' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Emitir abonos masivos' }));
    expect((await screen.findAllByText(/Los abonos masivos solo existen facturando por adelantado/)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('run-result')).toBeNull();
  });
});
