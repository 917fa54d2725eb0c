import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse, type MockResult } from '../../test/typed';
import type { SepaSettingsQuery, UpdateSepaSettingsInput, UpdateSepaSettingsMutation } from '../../gql/graphql';
import { SepaSettingsPage } from './SepaSettingsPage';
import { SepaSettingsDocument, UpdateSepaSettingsDocument } from './sepaSettings.operations';

// What a fresh database answers: nothing set, pain.008.001.02, 5 days, the fee off (5,00 € + 21 %).
const empty = {
  __typename: 'SepaSettings', complete: false, creditorName: null, creditorId: null, initiatingPartyId: null, iban: null, bic: null,
  painFormat: 'pain.008.001.02', daysBetweenIssueAndCollection: 5, returnFeeEnabled: false, returnFeeCents: 500, returnFeeVatRate: 0.21,
} satisfies MockResult<SepaSettingsQuery['sepaSettings']>;
const loaded = answer(SepaSettingsDocument, undefined, { sepaSettings: empty });

const typed: UpdateSepaSettingsInput = {
  creditorName: 'Antena Telecom S.L.', creditorId: 'es77000b85626240', initiatingPartyId: 'B85626240000', iban: 'ES66 2100 0418 4012 3456 7891', bic: '',
  painFormat: 'pain.008.001.08', daysBetweenIssueAndCollection: 3, returnFeeEnabled: true, returnFeeCents: 450, returnFeeVatRate: 0.21,
};
const stored = {
  ...empty, complete: true, creditorName: 'Antena Telecom S.L.', creditorId: 'ES77000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES6621000418401234567891',
  painFormat: 'pain.008.001.08', daysBetweenIssueAndCollection: 3, returnFeeEnabled: true, returnFeeCents: 450,
} satisfies MockResult<UpdateSepaSettingsMutation['updateSepaSettings']>;

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

async function fillIn() {
  await screen.findByRole('heading', { level: 1, name: 'Ajustes SEPA (acreedor)' });
  await screen.findByText('Incompletos: faltan datos para generar remesas');
  type('Nombre del acreedor', typed.creditorName!);
  type('Identificador de acreedor', typed.creditorId!);
  type('Identificador del presentador', typed.initiatingPartyId!);
  type('IBAN de cobro', typed.iban!);
  fireEvent.click(screen.getByRole('radio', { name: /pain\.008\.001\.08/ }));
  type('Días entre emisión y cobro', '3');
}

describe('SepaSettingsPage', () => {
  it('saves the creditor, format, days and the return fee; shows what the API stored as the new baseline', async () => {
    renderApp(<SepaSettingsPage />, [loaded, answer(UpdateSepaSettingsDocument, { input: typed }, { updateSepaSettings: stored })]);
    await fillIn();
    // The fee is off by default: its amount appears once it is switched on, filled with the stored default.
    expect(screen.queryByRole('textbox', { name: 'Importe sin IVA (€)' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: /^Cobrar gastos por cada adeudo devuelto/ }));
    expect(field('Importe sin IVA').value).toBe('5,00');
    expect(field('IVA').value).toBe('21');
    type('Importe sin IVA', '4,50');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText('Completos: se pueden generar remesas')).toBeTruthy();
    expect(field('Identificador de acreedor').value).toBe('ES77000B85626240');
    expect(field('IBAN de cobro').value).toBe('ES6621000418401234567891');
  });

  it('puts the API refusal of the creditor identifier on its field and keeps what was typed', async () => {
    const input = { ...typed, creditorId: 'ES78000B85626240', returnFeeEnabled: false };
    delete input.returnFeeCents;
    delete input.returnFeeVatRate;
    renderApp(<SepaSettingsPage />, [loaded,
      refuse(UpdateSepaSettingsDocument, { input }, 'BAD_USER_INPUT', 'input.creditorId', { reason: 'SEPA_CREDITOR_ID_INVALID', params: { value: 'ES78000B85626240' } }),
    ]);
    await fillIn();
    type('Identificador de acreedor', 'ES78000B85626240');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText(/ES78000B85626240 no es válido/)).toBeTruthy();
    await waitFor(() => expect(field('Identificador de acreedor').getAttribute('aria-invalid')).toBe('true'));
    expect(field('Identificador de acreedor').value).toBe('ES78000B85626240');
    expect(field('Nombre del acreedor').value).toBe('Antena Telecom S.L.');
  });

  it('refuses an IBAN, a fee amount and a number of days with the domain rules before calling the API', async () => {
    renderApp(<SepaSettingsPage />, [loaded]);
    await fillIn();
    type('IBAN de cobro', 'ES00 1234');
    type('Días entre emisión y cobro', 'cinco');
    fireEvent.click(screen.getByRole('switch', { name: /^Cobrar gastos por cada adeudo devuelto/ }));
    type('Importe sin IVA', 'cinco euros');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => expect(field('IBAN de cobro').getAttribute('aria-invalid')).toBe('true'));
    expect(field('Importe sin IVA').getAttribute('aria-invalid')).toBe('true');
    expect(field('Días entre emisión y cobro').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Escribe un número entero de días.')).toBeTruthy();
  });
});
