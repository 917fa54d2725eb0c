// The credit note dialog: amounts typed in euros (Spanish format) become cents, the confirmation says what will be
// issued before anything is sent, a refusal stays in the dialog with the server's remedy, and success opens the note.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse, unreachable } from '../../test/typed';
import { CreateCreditNoteDocument, CreditNoteDialog } from './CreditNoteDialog';
import type { CreateCreditNoteInput } from '../../gql/graphql';

const invoice = {
  id: 'i1', number: 'F2026-000001', version: 3,
  lines: [{ id: 'l1', description: 'Tarifa A' }, { id: 'l2', description: 'Bonificación' }],
  creditable: {
    totalCents: 3630, defaultRectificationType: 'R4' as const,
    lines: [{ lineId: 'l1', position: 1, amountCents: 3000, vatRate: 0.21 }, { lineId: 'l2', position: 2, amountCents: 0, vatRate: 0.21 }],
  },
};
const input = { invoiceId: 'i1', reason: 'Avería', rectificationType: 'R4', expectedVersion: 3, lines: [{ lineId: 'l1', amountCents: 1050 }] } satisfies CreateCreditNoteInput;

async function fillAndReview() {
  fireEvent.click(screen.getByRole('button', { name: 'Emitir factura rectificativa' }));
  const dialog = await screen.findByRole('dialog');
  // Only lines with something left to credit can be credited.
  expect(within(dialog).queryByRole('textbox', { name: 'Importe a abonar de la línea 2' })).toBeNull();
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Importe a abonar de la línea 1' }), { target: { value: '10,50' } });
  fireEvent.change(within(dialog).getByLabelText(/Motivo/), { target: { value: ' Avería ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Revisar' }));
  return dialog;
}

describe('CreditNoteDialog', () => {
  it('asks for an amount and a reason before reviewing', async () => {
    renderApp(<CreditNoteDialog invoice={invoice} />, [unreachable(CreateCreditNoteDocument)]);
    fireEvent.click(screen.getByRole('button', { name: 'Emitir factura rectificativa' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revisar' }));
    expect(await within(dialog).findByText('Indica el importe a abonar de al menos una línea.')).toBeTruthy();
    expect(within(dialog).getByText('Indica el motivo: figura en la factura rectificativa.')).toBeTruthy();
    expect(within(dialog).queryByTestId('credit-note-confirmation')).toBeNull();
  });

  it('confirms what will be issued, sends cents, and opens the new credit note', async () => {
    renderApp(<CreditNoteDialog invoice={invoice} />, [
      answer(CreateCreditNoteDocument, { input }, { createCreditNote: { __typename: 'Invoice', id: 'n1', number: 'R2026-000007' } }),
    ]);
    const dialog = await fillAndReview();
    const confirmation = await within(dialog).findByTestId('credit-note-confirmation');
    expect(confirmation.textContent).toContain('tipo R4, que rectifica la factura F2026-000001');
    expect(confirmation.textContent).toMatch(/Abonará 10,50\s€ sin IVA/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Emitir rectificativa' }));
    expect((await screen.findByText('/invoices/n1')).getAttribute('data-testid')).toBe('location');
  });

  it('keeps a refusal in the dialog with its remedy', async () => {
    // As the API words it (billing/credit-notes.ts): the line's path under the input, the domain's message and remedy.
    renderApp(<CreditNoteDialog invoice={invoice} />, [
      refuse(CreateCreditNoteDocument, { input }, 'BAD_USER_INPUT', 'input.lines.0.amountCents', {
        reason: 'CREDIT_NOTE_LINE_EXCEEDS', params: { position: 1, number: 'F2026-000001', amountCents: 1050, creditableCents: 500 },
      }),
    ]);
    const dialog = await fillAndReview();
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Emitir rectificativa' }));
    expect((await within(dialog).findAllByText(/quedan 5,00\s€ por abonar/)).length).toBeGreaterThan(0);
    expect(within(dialog).getByText(/Abona como mucho 5,00\s€ \(sin IVA\) de esa línea/)).toBeTruthy();
  });
});
