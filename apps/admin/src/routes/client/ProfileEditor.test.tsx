import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse, unreachable } from '../../test/typed';
import { ProfileEditor } from './ProfileEditor';
import { UpdateClientDocument } from './client.operations';
import { UpdateContractSignatureDocument } from '../contract/signature.operations';
import type { ClientProfileFragment } from '../../gql/graphql';

const OLD_IBAN = 'ES9121000418450200051332';
const NEW_IBAN = 'ES7921000813610123456789';
const profile: ClientProfileFragment & { __typename: 'Client' } = {
  __typename: 'Client', id: 'c1', version: 3, code: 'C000001', kind: 'PERSON', name: 'Ana Pérez', taxId: '12345678Z',
  email: 'ana@example.test', phone: null, address: null, iban: OLD_IBAN, archivedAt: null, partner: null,
};
const contracts = [{ id: 'k1', number: 'CT000001', version: 2 }];
const input = { kind: 'PERSON' as const, name: 'Ana Pérez', taxId: '12345678Z', email: 'ana@example.test', phone: null, address: null, iban: NEW_IBAN, id: 'c1', version: 3 };

function typeIban(value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'IBAN del perfil' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
}

describe('ProfileEditor', () => {
  it('warns that the signature prevails and updates it in one click (rule 1)', async () => {
    renderApp(<ProfileEditor profile={profile} contracts={contracts} />, [
      answer(UpdateClientDocument, { input }, { updateClient: { __typename: 'UpdateClientPayload', client: { ...profile, iban: NEW_IBAN, version: 4 }, warnings: [
        { __typename: 'Explanation', code: 'SIGNATURE_IBAN_PREVAILS', message: 'El contrato CT000001 está firmado con otro IBAN.', entityType: 'Contract', entityId: 'k1', field: 'iban' },
      ] } }),
      answer(UpdateContractSignatureDocument, { input: { id: 'k1', version: 2, iban: NEW_IBAN } }, { updateContractSignature: { __typename: 'Contract', id: 'k1', version: 3,
        signature: { __typename: 'ContractSignature', signedAt: '2026-01-15', signerName: 'Ana Pérez', signerTaxId: '12345678Z', iban: NEW_IBAN, mandateReference: 'M-1' },
        billingAccount: { __typename: 'BillingAccount', iban: NEW_IBAN, source: 'CONTRACT_SIGNATURE', explanation: 'El IBAN de la firma del contrato CT000001.' } } }),
    ]);
    typeIban('ES79 2100 0813 6101 2345 6789');
    const warning = await screen.findByRole('alert');
    expect(within(warning).getByText('El contrato CT000001 está firmado con otro IBAN.')).toBeTruthy();
    fireEvent.click(within(warning).getByRole('button', { name: 'Actualizar también la firma de CT000001' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('refuses an invalid IBAN with the domain rule before calling the server', async () => {
    renderApp(<ProfileEditor profile={profile} contracts={contracts} />, [unreachable(UpdateClientDocument)]);
    typeIban('ES00 1234');
    const field = screen.getByRole('textbox', { name: 'IBAN del perfil' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect((field as HTMLInputElement).value).toBe('ES00 1234');
  });

  it('puts a server refusal on its field and keeps what was typed', async () => {
    // As the API's InputReader refuses it: the argument path "input.iban", the domain's reason and message.
    renderApp(<ProfileEditor profile={profile} contracts={contracts} />, [
      refuse(UpdateClientDocument, { input }, 'BAD_USER_INPUT', 'input.iban', { reason: 'IBAN_INVALID', params: { field: 'iban', value: NEW_IBAN } }),
    ]);
    typeIban('ES79 2100 0813 6101 2345 6789');
    expect(await screen.findByText(`El IBAN ${NEW_IBAN} no es válido.`)).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'IBAN del perfil' }) as HTMLInputElement;
    expect(field.value).toBe('ES79 2100 0813 6101 2345 6789');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('says when someone else saved first, keeping what was typed', async () => {
    // As errors.ts conflict() words it, with the version the update carried.
    renderApp(<ProfileEditor profile={profile} contracts={contracts} />, [
      refuse(UpdateClientDocument, { input }, 'CONFLICT', null, { params: { entityType: 'Client', version: 3 }, extensions: { entityType: 'Client', entityId: 'c1', version: 3 } }),
    ]);
    typeIban('ES79 2100 0813 6101 2345 6789');
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('El cliente ha cambiado desde que se leyó (versión 3).');
    expect((screen.getByRole('textbox', { name: 'IBAN del perfil' }) as HTMLInputElement).value).toBe('ES79 2100 0813 6101 2345 6789');
  });
});
