// The terminate action: the mutation it sends, the refusal it shows with its remedy, the date it checks first.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse, unreachable } from '../../test/typed';
import { TerminateContract } from './TerminateContract';
import { TerminateContractDocument } from './contract.operations';

const input = { id: 'k1', version: 3, effectiveDate: '2026-11-30' };

async function confirmWith(date: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Terminar contrato' }));
  const dialog = await screen.findByRole('dialog', { name: '¿Terminar el contrato CT000001?' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Fecha de efecto' }), { target: { value: date } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Terminar contrato' }));
  return dialog;
}

describe('TerminateContract', () => {
  it('terminates with the effective date and the version it was read at, then closes', async () => {
    renderApp(<TerminateContract contractId="k1" number="CT000001" version={3} />, [
      answer(TerminateContractDocument, { input }, { terminateContract: { __typename: 'Contract', id: 'k1', version: 4, status: 'TERMINATED' } }),
    ]);
    await confirmWith('2026-11-30');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the server\'s refusal and its remedy, and stays open', async () => {
    // As contract.service.ts refuses it: the domain's rule, on the contract's field "subscriptions".
    renderApp(<TerminateContract contractId="k1" number="CT000001" version={3} />, [
      refuse(TerminateContractDocument, { input }, 'BAD_USER_INPUT', 'input.id', {
        refusal: { code: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', entityType: 'Contract', entityId: 'k1', field: 'subscriptions', params: { contract: 'CT000001', count: 1 } },
      }),
    ]);
    const dialog = await confirmWith('2026-11-30');
    expect(await within(dialog).findByText('No se ha podido terminar el contrato')).toBeTruthy();
    expect(within(dialog).getByText(/tiene 1 suscripción que no está cancelada ni rechazada/)).toBeTruthy();
    expect(within(dialog).getByText(/Cancela primero esa suscripción/)).toBeTruthy();
  });

  it('refuses an impossible date before asking the server', async () => {
    renderApp(<TerminateContract contractId="k1" number="CT000001" version={3} />, [unreachable(TerminateContractDocument)]);
    const dialog = await confirmWith('2026-02-30');
    expect(await within(dialog).findByText(/«2026-02-30» no es una fecha del calendario: escríbela como DD\/MM\/AAAA/)).toBeTruthy();
    expect(within(dialog).queryByText('No se ha podido terminar el contrato')).toBeNull();
  });
});
