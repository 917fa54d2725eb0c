// A state change is confirmed once more, saying what happens: a final state (cancelled, rejected) cannot be undone;
// Escape cancels without sending anything.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, unreachable } from '../../test/typed';
import { StateChangeForm } from './StateChangeForm';
import { ChangeSubscriptionStateDocument } from './subscription.operations';

async function choose(label: string, date: string) {
  fireEvent.click(screen.getByRole('combobox', { name: 'Nuevo estado' }));
  fireEvent.click(await screen.findByRole('option', { name: label }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Fecha efectiva' }), { target: { value: date } });
  fireEvent.click(screen.getByRole('button', { name: 'Cambiar estado' }));
  return screen.findByRole('dialog');
}

describe('StateChangeForm', () => {
  it('asks before cancelling, says it is final with the date as the UI shows it, and sends only once confirmed', async () => {
    let sent = 0;
    renderApp(<StateChangeForm subscriptionId="s1" allowed={['SUSPENDED', 'CANCELLED']} />, [
      answer(ChangeSubscriptionStateDocument, { id: 's1', state: 'CANCELLED', effectiveDate: '2026-11-30' },
        { changeSubscriptionState: { __typename: 'ServiceSubscription', id: 's1', state: 'CANCELLED' } }, { onSent: () => { sent++; } }),
    ]);
    const dialog = await choose('Cancelada', '2026-11-30');
    expect(within(dialog).getByText(/Es un estado final/).textContent).toContain('a partir del 30/11/2026');
    expect(sent).toBe(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cambiar estado' }));
    await waitFor(() => expect(sent).toBe(1));
  });

  it('Escape cancels: nothing is sent', async () => {
    renderApp(<StateChangeForm subscriptionId="s1" allowed={['SUSPENDED', 'CANCELLED']} />, [unreachable(ChangeSubscriptionStateDocument)]);
    const dialog = await choose('Suspendida', '2026-11-30');
    expect(dialog.textContent).toContain('El cambio se registra con fecha 30/11/2026');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
