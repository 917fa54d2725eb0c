import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import { VerifactuPanel } from '../invoice/VerifactuPanel';
import { RejectedRecordsPage } from './RejectedRecordsPage';
import { RejectedRecordsDocument, ResendRecordDocument, VoidInvoiceDocument } from './verifactu.operations';

const rejected = {
  __typename: 'VerifactuRecord' as const, id: 'r1', kind: 'ALTA' as const, number: 'F2026-000021', issueDate: '01-11-2026', invoiceId: 'i21', errorCode: '4102',
  errorMessage: 'El NIF del destinatario no está identificado.', answeredAt: '2026-11-20T10:00:00.000Z',
  remedy: 'La AEAT rechazó el registro de F2026-000021: 4102 El NIF del destinatario no está identificado. Corrija lo que indica la AEAT; el registro se envía de nuevo marcado RechazoPrevio.',
};
const list = (records: (typeof rejected)[]) => answer(RejectedRecordsDocument, undefined, { verifactuRecords: records });

describe('RejectedRecordsPage', () => {
  it('lists each rejected record with the document, the agency\'s reason and what to do, and sends it again', async () => {
    renderApp(<RejectedRecordsPage />, [list([rejected]),
      answer(ResendRecordDocument, { id: 'r1' }, { resendVerifactuRecord: { __typename: 'VerifactuRecord', id: 'r1', status: 'PENDING' } }),
      list([])]);
    const link = await screen.findByRole('link', { name: 'F2026-000021' });
    expect(link.getAttribute('href')).toBe('/invoices/i21');
    expect(screen.getByText('El NIF del destinatario no está identificado.')).toBeTruthy();
    expect(screen.getByText(/se envía de nuevo marcado RechazoPrevio/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reenviar' }));
    expect(await screen.findByText('La AEAT no ha rechazado ningún registro.')).toBeTruthy();
  });
});

describe('VerifactuPanel', () => {
  const invoice = {
    __typename: 'Invoice' as const, id: 'i1', voidedAt: null,
    verifactu: { __typename: 'InvoiceVerifactu' as const, hash: 'A'.repeat(64), status: 'ACCEPTED' as const, qrUrl: 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B12345674&numserie=F2026-000001&fecha=01-11-2026&importe=36.30', voided: false,
      records: [{ __typename: 'VerifactuRecord' as const, id: 'r1', kind: 'ALTA' as const, status: 'ACCEPTED' as const, errorCode: null, errorMessage: null, remedy: null }] },
  };

  it('shows the record\'s status, hash and QR content', async () => {
    renderApp(<VerifactuPanel invoice={invoice} number="F2026-000001" />, []);
    const panel = await screen.findByTestId('verifactu-panel');
    expect(panel.textContent).toContain('Aceptado por la AEAT');
    expect(panel.textContent).toContain('A'.repeat(64));
    expect(within(panel).getByRole('link').getAttribute('href')).toContain('numserie=F2026-000001');
  });

  it('explains why voiding is refused', async () => {
    // As verifactu.service.ts refuses it: the domain's rule, on the invoice's field "status".
    renderApp(<VerifactuPanel invoice={invoice} number="F2026-000001" />, [
      refuse(VoidInvoiceDocument, { id: 'i1' }, 'BAD_USER_INPUT', 'id', {
        refusal: { code: 'INVOICE_PAID_NOT_VOIDABLE', entityType: 'Invoice', entityId: 'i1', field: 'status', params: { number: 'F2026-000001', kind: 'INVOICE' } },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Anular factura' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Anular factura' }));
    expect((await screen.findAllByText('La factura F2026-000001 está cobrada: un documento cobrado no se anula.')).length).toBeGreaterThan(0);
    expect(screen.getByText('Corríjala con una factura rectificativa (createCreditNote).')).toBeTruthy();
  });
});
