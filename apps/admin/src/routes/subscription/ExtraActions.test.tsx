// Removing a bonus: "Delete" only when the API's check allows it (confirmed, sent with the version read),
// otherwise "End" with the blocker's reason, and the server's refusal of a too-early end shown in the dialog.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import { DeleteBonusDocument, EndBonusDocument, ExtraActions } from './ExtraActions';

const allowed = { __typename: 'DeletionCheck' as const, allowed: true, blockers: [] };
const blocked = {
  __typename: 'DeletionCheck' as const, allowed: false,
  blockers: [{
    __typename: 'DeletionBlocker' as const, code: 'BONUS_INVOICED' as const, field: 'invoices', entityType: 'Bonus', entityId: 'b1',
    message: 'La bonificación ya se aplicó en 1 línea de factura, la última hasta el 30/06/2027.',
    remedy: 'Las facturas emitidas no se modifican: no se puede eliminar. Termínala (endBonus) con una fecha de fin igual o posterior al 30/06/2027.',
  }],
};

describe('ExtraActions', () => {
  it('deletes an uninvoiced bonus after confirming, with the version it was read at', async () => {
    let sent = false;
    renderApp(<ExtraActions kind="bonus" row={{ id: 'b1', version: 2, invoicedThrough: null, deletion: allowed }} label="la bonificación 10 %" />, [
      answer(DeleteBonusDocument, { id: 'b1', version: 2 }, { deleteBonus: { __typename: 'DeletionPayload', deleted: true, deletion: allowed } }, { onSent: () => { sent = true; } }),
    ]);
    expect(screen.queryByRole('button', { name: /Terminar/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Borrar la bonificación 10 %' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Eliminar la bonificación 10 %?' });
    expect(within(dialog).getByText(/Ninguna factura la ha aplicado todavía/)).toBeTruthy();
    expect(sent).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Borrar' }));
    await waitFor(() => expect(sent).toBe(true));
  });

  it('offers ending an invoiced bonus, saying why, and shows the server\'s refusal of a too-early day', async () => {
    // As subscription-extras.service.ts refuses it: the domain's checkExtraEnd, on "validTo".
    renderApp(<ExtraActions kind="bonus" row={{ id: 'b1', version: 1, invoicedThrough: '2027-06-30', deletion: blocked }} label="la bonificación 10 %" />, [
      refuse(EndBonusDocument, { id: 'b1', version: 1, validTo: '2027-06-29' }, 'BAD_USER_INPUT', 'validTo', {
        refusal: { code: 'EXTRA_END_BEFORE_INVOICED', entityType: 'Bonus', entityId: 'b1', field: 'validTo', params: { type: 'Bonus', end: '2027-06-29', invoicedThrough: '2027-06-30' } },
      }),
    ]);
    expect(screen.queryByRole('button', { name: /^Borrar/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Terminar la bonificación 10 %' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terminar la bonificación 10 %' });
    expect(within(dialog).getByText(/Termínala \(endBonus\)/)).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: /Último día de vigencia/ });
    expect((field as HTMLInputElement).value).toBe('30/06/2027');
    fireEvent.change(field, { target: { value: '29/06/2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terminar' }));
    expect(await within(dialog).findByText(/no puede terminar el 29\/06\/2027/)).toBeTruthy();
  });
});
