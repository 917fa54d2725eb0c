// The rejected-records page and the invoice's VeriFactu panel on typed responses (src/gql, from the API's schema):
// the actions shown are exactly the record's availableActions; "Generar subsanación" asks for confirmation and
// shows the correction made, or the refusal the API returns as a result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  CorrectVerifactuRecordMutation, InvoiceVerifactuFieldsFragment, RejectedRecordsQuery,
} from '../../gql/graphql';
import { answer, refuse, type MockResult } from '../../test/typed';
import { renderApp } from '../../test/renderApp';
import { VerifactuPanel } from '../invoice/VerifactuPanel';
import { RejectedRecordsPage } from './RejectedRecordsPage';
import { CorrectRecordDocument, RejectedRecordsDocument, ResendRecordDocument, VoidInvoiceDocument } from './verifactu.operations';

type Node = RejectedRecordsQuery['verifactuRecordPage']['nodes'][number];
type Action = Node['availableActions'][number];
const available = (action: string): MockResult<Action> => ({ __typename: 'AvailableAction', action, available: true, reason: null });
const refused = (action: string, code: string, message: string, remedy: string): MockResult<Action> =>
  ({ __typename: 'AvailableAction', action, available: false, reason: { __typename: 'Explanation', code, message, remedy } });

const rejected = (actions: MockResult<Action>[], position = 21): MockResult<Node> => ({
  __typename: 'VerifactuRecord', id: position === 21 ? 'r1' : `r${position}`, kind: 'ALTA', number: `F2026-0000${position}`, position, issueDate: '01-11-2026', invoiceId: `i${position}`, errorCode: '4102',
  errorMessage: 'El NIF del destinatario no está identificado.', answeredAt: '2026-11-20T10:00:00.000Z',
  remedy: `La AEAT rechazó el registro de F2026-0000${position}: 4102 El NIF del destinatario no está identificado. Corrija lo que indica la AEAT; el registro se envía de nuevo marcado RechazoPrevio.`,
  availableActions: actions,
});
/** A page of the list as the API answers it: `after` the cursor asked for, `next` the end cursor when another page follows. */
const list = (records: MockResult<Node>[], page: { after?: string; next?: string; total?: number } = {}) => answer(RejectedRecordsDocument, { first: 50, after: page.after ?? null }, {
  verifactuRecordPage: {
    __typename: 'VerifactuRecordConnection', totalCount: page.total ?? records.length, nodes: records,
    pageInfo: { __typename: 'PageInfo', hasNextPage: page.next !== undefined, endCursor: page.next ?? (records.length ? `c${records.length}` : null) },
  },
});
const ALREADY = refused('CORRECT', 'RECORD_ALREADY_CORRECTED', 'El registro 21 de F2026-000021 ya está corregido por el registro 40.', 'Siga el estado de la subsanación 40.');

afterEach(() => { vi.restoreAllMocks(); });
/** The success toasts shown (the test renders no toast container). */
const toasts = () => {
  const show = vi.spyOn(notifications, 'show').mockReturnValue('toast');
  return () => show.mock.calls.map(([n]) => n.message);
};

const correctResult = (data: MockResult<CorrectVerifactuRecordMutation>) => answer(CorrectRecordDocument, { id: 'r1' }, data);

describe('RejectedRecordsPage', () => {
  it('lists each rejected record with the document, the agency\'s reason and what to do, and sends it again', async () => {
    renderApp(<RejectedRecordsPage />, [list([rejected([available('CORRECT'), available('RESEND')])]),
      answer(ResendRecordDocument, { id: 'r1' }, { resendVerifactuRecord: { __typename: 'VerifactuRecord', id: 'r1', status: 'PENDING' } }),
      list([])]);
    const link = await screen.findByRole('link', { name: 'F2026-000021' });
    expect(link.getAttribute('href')).toBe('/invoices/i21');
    expect(screen.getByText('El NIF del destinatario no está identificado.')).toBeTruthy();
    expect(screen.getByText(/se envía de nuevo marcado RechazoPrevio/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reenviar' }));
    expect(await screen.findByText('La AEAT no ha rechazado ningún registro.')).toBeTruthy();
  });

  it('shows the total and walks the pages with Siguiente and Anterior', async () => {
    renderApp(<RejectedRecordsPage />, [
      list([rejected([available('RESEND')], 21)], { next: 'p1', total: 2 }),
      list([rejected([available('RESEND')], 35)], { after: 'p1', total: 2 }),
      list([rejected([available('RESEND')], 21)], { next: 'p1', total: 2 }),
    ]);
    expect(await screen.findByRole('link', { name: 'F2026-000021' })).toBeTruthy();
    expect(screen.getByText('2 registros rechazados sin subsanar')).toBeTruthy();
    const previous = screen.getByRole('button', { name: 'Anterior' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByRole('link', { name: 'F2026-000035' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'F2026-000021' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Siguiente' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Anterior' }));
    expect(await screen.findByRole('link', { name: 'F2026-000021' })).toBeTruthy();
  });

  it('a single page shows no pager', async () => {
    renderApp(<RejectedRecordsPage />, [list([rejected([available('RESEND')])])]);
    await screen.findByRole('link', { name: 'F2026-000021' });
    expect(screen.getByText('1 registro rechazado sin subsanar')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Siguiente' })).toBeNull();
  });

  it('offers only the actions the API makes available', async () => {
    renderApp(<RejectedRecordsPage />, [list([rejected([ALREADY, refused('RESEND', 'RECORD_RESEND_CORRECTED', 'Ya corregido.', 'Siga la subsanación.')])])]);
    await screen.findByRole('link', { name: 'F2026-000021' });
    expect(screen.queryByRole('button', { name: 'Generar subsanación' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reenviar' })).toBeNull();
  });

  it('"Generar subsanación" asks for confirmation, then the corrected record leaves the list', async () => {
    const shown = toasts();
    renderApp(<RejectedRecordsPage />, [list([rejected([available('CORRECT'), available('RESEND')])]),
      correctResult({ correctVerifactuRecord: {
        __typename: 'CorrectVerifactuRecordResult', corrected: true, refusal: null,
        record: { __typename: 'VerifactuRecord', id: 'r1', status: 'REJECTED', number: 'F2026-000021', position: 21, availableActions: [ALREADY] },
        correction: { __typename: 'VerifactuRecord', id: 'r40', position: 40, status: 'PENDING', subsanacion: true, rechazoPrevio: true },
      } }),
      list([])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Generar subsanación' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Generar la subsanación del registro de F2026-000021');
    expect(dialog.textContent).toContain('RechazoPrevio');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Generar subsanación' }));
    expect(await screen.findByText('La AEAT no ha rechazado ningún registro.')).toBeTruthy();
    expect(shown()).toContain('Subsanación generada (registro 40): se enviará a la AEAT');
  });

  it('a refusal returned as a result is shown with its remedy', async () => {
    renderApp(<RejectedRecordsPage />, [list([rejected([available('CORRECT'), available('RESEND')])]),
      correctResult({ correctVerifactuRecord: {
        __typename: 'CorrectVerifactuRecordResult', corrected: false, correction: null,
        record: { __typename: 'VerifactuRecord', id: 'r1', status: 'REJECTED', number: 'F2026-000021', position: 21, availableActions: [ALREADY] },
        refusal: { __typename: 'Explanation', code: 'RECORD_ALREADY_CORRECTED', message: 'El registro 21 de F2026-000021 ya está corregido por el registro 40.', remedy: 'Siga el estado de la subsanación 40.' },
      } }),
      list([rejected([ALREADY])])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Generar subsanación' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Generar subsanación' }));
    expect(await screen.findByText('El registro 21 de F2026-000021 ya está corregido por el registro 40.')).toBeTruthy();
    expect(screen.getByText('Siga el estado de la subsanación 40.')).toBeTruthy();
  });
});

describe('VerifactuPanel', () => {
  type PanelRecord = NonNullable<InvoiceVerifactuFieldsFragment['verifactu']>['records'][number];
  const record = (over: Partial<MockResult<PanelRecord>>): MockResult<PanelRecord> => ({
    __typename: 'VerifactuRecord', id: 'r1', kind: 'ALTA', number: 'F2026-000001', position: 1, status: 'ACCEPTED', errorCode: null, errorMessage: null, remedy: null,
    subsanacion: false, rechazoPrevio: false, correctedBy: null, availableActions: [refused('CORRECT', 'RECORD_CORRECTION_ACCEPTED', 'Aceptado sin errores.', 'Nada que subsanar.'), refused('RESEND', 'RECORD_NOT_REJECTED', 'No rechazado.', 'Nada.')],
    ...over,
  });
  const invoice = (records: MockResult<PanelRecord>[], status: PanelRecord['status'] = 'ACCEPTED'): MockResult<InvoiceVerifactuFieldsFragment> & InvoiceVerifactuFieldsFragment => ({
    __typename: 'Invoice', id: 'i1', voidedAt: null,
    verifactu: { __typename: 'InvoiceVerifactu', hash: 'A'.repeat(64), status, qrUrl: 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B12345674&numserie=F2026-000001&fecha=01-11-2026&importe=36.30', voided: false,
      records: records as PanelRecord[] },
  });

  it('shows the record\'s status, hash and QR content; no correction for an accepted record', async () => {
    renderApp(<VerifactuPanel invoice={invoice([record({})])} number="F2026-000001" />, []);
    const panel = await screen.findByTestId('verifactu-panel');
    expect(panel.textContent).toContain('Aceptado por la AEAT');
    expect(panel.textContent).toContain('A'.repeat(64));
    expect(within(panel).getByRole('link').getAttribute('href')).toContain('numserie=F2026-000001');
    expect(within(panel).queryByRole('button', { name: 'Generar subsanación' })).toBeNull();
  });

  it('offers the correction of a record accepted with errors, and confirms the correction made', async () => {
    const shown = toasts();
    const withErrors = record({ status: 'ACCEPTED_WITH_ERRORS', errorCode: '2004', remedy: 'La AEAT aceptó con errores el registro de F2026-000001.', availableActions: [available('CORRECT'), refused('RESEND', 'RECORD_NOT_REJECTED', 'No rechazado.', 'Nada.')] });
    renderApp(<VerifactuPanel invoice={invoice([withErrors])} number="F2026-000001" />, [correctResult({ correctVerifactuRecord: {
      __typename: 'CorrectVerifactuRecordResult', corrected: true, refusal: null,
      record: { __typename: 'VerifactuRecord', id: 'r1', status: 'ACCEPTED_WITH_ERRORS', number: 'F2026-000001', position: 1, availableActions: [ALREADY] },
      correction: { __typename: 'VerifactuRecord', id: 'r9', position: 9, status: 'PENDING', subsanacion: true, rechazoPrevio: false },
    } })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Generar subsanación' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Generar subsanación' }));
    await waitFor(() => expect(shown()).toContain('Subsanación generada (registro 9): se enviará a la AEAT'));
  });

  it('lists a correction record with its own status', async () => {
    const corrected = record({ status: 'REJECTED', errorCode: '4102', remedy: 'Rechazado.', correctedBy: { __typename: 'VerifactuRecord', id: 'r40', position: 40 },
      availableActions: [ALREADY, refused('RESEND', 'RECORD_RESEND_CORRECTED', 'Ya corregido.', 'Siga la subsanación.')] });
    renderApp(<VerifactuPanel invoice={invoice([corrected, record({ id: 'r40', position: 40, subsanacion: true, rechazoPrevio: true, status: 'PENDING' })], 'PENDING')} number="F2026-000001" />, []);
    expect((await screen.findByTestId('verifactu-correction')).textContent).toContain('Alta 40: Pendiente de envío');
    // The corrected record says what corrected it instead of what to do.
    expect(screen.getByText('Corregido por el registro 40')).toBeTruthy();
    expect(screen.queryByText('Rechazado.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Generar subsanación' })).toBeNull();
  });

  it('explains why voiding is refused', async () => {
    // As verifactu.service.ts refuses it: the domain's rule, on the invoice's field "status".
    renderApp(<VerifactuPanel invoice={invoice([record({})])} number="F2026-000001" />, [
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
