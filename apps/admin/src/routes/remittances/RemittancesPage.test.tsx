import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer } from '../../test/typed';
import { RemittancesPage } from './RemittancesPage';
import { CreateRemittanceDocument, RemittancePreviewDocument, RemittancesDocument } from './remittances.operations';

const settings = { __typename: 'SepaSettings' as const, complete: true, creditorName: 'Antena Telecom S.L.', creditorId: 'ES77000B85626240', painFormat: 'pain.008.001.02' as const, daysBetweenIssueAndCollection: 5, returnFeeEnabled: false, returnFeeCents: 500 };
const remittance = {
  __typename: 'Remittance' as const, id: 'r1', reference: 'REM-20261125-000001', painFormat: 'pain.008.001.02' as const, collectionDate: '2026-11-25', status: 'OPEN' as const, count: 1, sumCents: 3630,
  createdAt: '2026-11-20T10:00:00.000Z', createdBy: 'admin@test.local', settledAt: null, downloadPath: '/remittances/r1.xml',
};
const list = (items: (typeof remittance)[]) => answer(RemittancesDocument, undefined, { remittances: items, sepaSettings: settings }, { times: 5 });
const preview = answer(RemittancePreviewDocument, { collectionDate: '2026-11-25' }, { remittancePreview: {
    __typename: 'RemittancePreview', collectionDate: '2026-11-25', painFormat: 'pain.008.001.02', count: 1, sumCents: 3630, excludedCount: 1,
    groups: [{ __typename: 'RemittancePaymentGroup', sequenceType: 'FRST', count: 1, sumCents: 3630 }],
    excludedByReason: [{ __typename: 'ReasonCount', code: 'SEPA_EXCLUDED_NO_SIGNATURE', count: 1 }],
    debits: [{ __typename: 'RemittanceDebitPreview', invoiceId: 'i1', invoiceNumber: 'F2026-000001', clientId: 'c1', clientName: 'Ana', contractId: 'k1', contractNumber: 'CT000001',
      amountCents: 3630, endToEndId: 'F2026-000001-01', sequenceType: 'FRST', iban: 'ES9121000418450200051332', amended: true,
      reasons: [{ __typename: 'Explanation', code: 'SEPA_AMENDED_IBAN', message: 'Mandato modificado: el IBAN de la firma cambió.' }] }],
    excluded: [{ __typename: 'RemittanceExclusion', invoiceId: 'i2', invoiceNumber: 'F2026-000002', clientId: 'c2', clientName: 'Bea', totalCents: 1000,
      reason: { __typename: 'Explanation', code: 'SEPA_EXCLUDED_NO_SIGNATURE', message: 'La factura F2026-000002 se paga por transferencia.', remedy: 'Firma el contrato.' } }],
} });

describe('RemittancesPage', () => {
  it('previews what goes in and what stays out with reasons, then creates after confirmation', async () => {
    renderApp(<RemittancesPage />, [list([]), preview,
      answer(CreateRemittanceDocument, { collectionDate: '2026-11-25' }, { createRemittance: remittance }), list([remittance])]);
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

  it('says what is missing before any remittance can be made', async () => {
    renderApp(<RemittancesPage />, [answer(RemittancesDocument, undefined, { remittances: [], sepaSettings: { ...settings, complete: false } })]);
    expect(await screen.findByText('Faltan los datos del acreedor')).toBeTruthy();
    // The form that fills them in is one click away.
    fireEvent.click(screen.getByRole('link', { name: 'Abrir los ajustes SEPA' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/settings/sepa');
  });
});
