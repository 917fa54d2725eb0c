// Adding a subscription: the tariff and a start date typed as DD/MM/AAAA (back-dated here), sent as the API's
// YYYY-MM-DD; a refused date lands on the date field.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { ContractSubscriptions } from './ContractSubscriptions';
import { CreateServiceSubscriptionDocument } from './contract.operations';
import type { CreateServiceSubscriptionMutation } from '../../gql/graphql';
import { answer, refuse, type MockResult } from '../../test/typed';

const tariffs = [{ id: 't1', code: 'FIB300', name: 'Fibra 300' }];
const created: MockResult<CreateServiceSubscriptionMutation> = { createServiceSubscription: { __typename: 'ServiceSubscription', id: 's9' } };

async function add(date: string) {
  fireEvent.click(screen.getByRole('combobox', { name: 'Tarifa' }));
  fireEvent.click(await screen.findByRole('option', { name: 'FIB300 · Fibra 300' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Fecha de alta' }), { target: { value: date } });
  fireEvent.click(screen.getByRole('button', { name: 'Añadir suscripción' }));
}

describe('ContractSubscriptions', () => {
  it('sends the tariff and the typed start date as YYYY-MM-DD', async () => {
    const input = { contractId: 'k1', tariffId: 't1', startDate: '2026-01-15' };
    renderApp(<ContractSubscriptions contractId="k1" acceptsSubscriptions subscriptions={[]} tariffs={tariffs} />, [
      answer(CreateServiceSubscriptionDocument, { input }, created),
    ]);
    await add('15/01/2026');
    // Saved: the form is ready for the next one (no tariff, today again).
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Tarifa' }) as HTMLInputElement).value).toBe(''));
    expect((screen.getByRole('textbox', { name: 'Fecha de alta' }) as HTMLInputElement).value).not.toBe('15/01/2026');
  });

  it('shows the server\'s refusal of the start date on the date field', async () => {
    const input = { contractId: 'k1', tariffId: 't1', startDate: '2026-01-15' };
    renderApp(<ContractSubscriptions contractId="k1" acceptsSubscriptions subscriptions={[]} tariffs={tariffs} />, [
      refuse(CreateServiceSubscriptionDocument, { input }, 'BAD_USER_INPUT', 'input.startDate', { reason: 'DATE_INVALID', params: { value: '2026-01-15', field: 'startDate' } }),
    ]);
    await add('15/01/2026');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Fecha de alta' }).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/^La fecha 15\/01\/2026 .*no es válida\.$/)).toBeTruthy();
  });

  it('refuses an impossible day before asking the server', async () => {
    renderApp(<ContractSubscriptions contractId="k1" acceptsSubscriptions subscriptions={[]} tariffs={tariffs} />, []);
    await add('30/02/2026');
    expect(screen.getAllByText(/«30\/02\/2026» no es una fecha del calendario/).length).toBeGreaterThan(0);
  });
});
