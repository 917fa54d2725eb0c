import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { DeletionPanel } from './DeletionPanel';
import type { DeletionCheckFieldsFragment } from '../../gql/graphql';

const blocked: DeletionCheckFieldsFragment = {
  allowed: false,
  blockers: [
    { code: 'CONTRACT_SIGNED', message: 'El contrato CT000001 está firmado.', remedy: 'Termina el contrato.', field: null, entityType: 'Contract', entityId: 'k1' },
    { code: 'SUBSCRIPTION_STATE', message: 'La suscripción está activa.', remedy: 'Cancélala.', field: 'state', entityType: 'ServiceSubscription', entityId: 's1' },
  ],
};
const allowed: DeletionCheckFieldsFragment = { allowed: true, blockers: [] };

function panel(check: DeletionCheckFieldsFragment, onDelete = vi.fn(), onDeleted = vi.fn()) {
  renderApp(<DeletionPanel check={check} buttonLabel="Borrar cliente" confirmText="Se borrará el cliente." onDelete={onDelete} onDeleted={onDeleted} />);
  return { onDelete, onDeleted };
}

describe('DeletionPanel', () => {
  it('shows nothing until asked', () => {
    panel(blocked);
    expect(screen.queryByText('No se puede borrar')).toBeNull();
  });

  it('explains each blocker with its remedy and links to the entity to fix', async () => {
    panel(blocked);
    fireEvent.click(screen.getByRole('button', { name: 'Borrar cliente' }));
    const refusal = await screen.findByRole('alert');
    expect(within(refusal).getByText('El contrato CT000001 está firmado.')).toBeTruthy();
    expect(within(refusal).getByText('Cancélala.')).toBeTruthy();
    expect(within(refusal).queryByRole('button', { name: 'Borrar' })).toBeNull();
    fireEvent.click(within(refusal).getByRole('link', { name: 'Ver la suscripción' }));
    expect(screen.getByTestId('location').textContent).toBe('/subscriptions/s1');
  });

  it('asks for confirmation before deleting, then reports success', async () => {
    const { onDelete, onDeleted } = panel(allowed, vi.fn().mockResolvedValue({ deleted: true, deletion: allowed }));
    fireEvent.click(screen.getByRole('button', { name: 'Borrar cliente' }));
    fireEvent.click(within(screen.getByRole('note')).getByRole('button', { name: 'Borrar' }));
    expect(onDelete).not.toHaveBeenCalled();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Se borrará el cliente.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Borrar' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('shows the fresh blockers when the server refuses at write time', async () => {
    const { onDeleted } = panel(allowed, vi.fn().mockResolvedValue({ deleted: false, deletion: blocked }));
    fireEvent.click(screen.getByRole('button', { name: 'Borrar cliente' }));
    fireEvent.click(within(screen.getByRole('note')).getByRole('button', { name: 'Borrar' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Borrar' }));
    expect(await screen.findByText('El contrato CT000001 está firmado.')).toBeTruthy();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
