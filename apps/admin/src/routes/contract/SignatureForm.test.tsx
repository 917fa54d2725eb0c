import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, unreachable } from '../../test/typed';
import { SignatureForm } from './SignatureForm';
import { SignContractDocument } from './contract.operations';
import { UpdateContractSignatureDocument } from './signature.operations';

const fill = (name: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('SignatureForm', () => {
  it('signs with the IBAN in electronic form and the version it was read at', async () => {
    const onDone = vi.fn();
    renderApp(<SignatureForm contractId="k1" version={1} mode="sign" initial={{ signerName: 'Ana Pérez', signerTaxId: '12345678Z' }} onDone={onDone} />, [
      answer(SignContractDocument, { input: {
        id: 'k1', version: 1, signedAt: '2026-11-02', signerName: 'Ana Pérez', signerTaxId: '12345678Z', iban: 'ES9121000418450200051332', mandateReference: 'MANDATO-1',
      } }, { signContract: { __typename: 'Contract', id: 'k1', version: 2, status: 'SIGNED' } }),
    ]);
    fill('Fecha de firma', '2026-11-02');
    fill('IBAN', 'es91 2100 0418 4502 0005 1332');
    fill('Referencia del mandato SEPA', 'MANDATO-1');
    fireEvent.click(screen.getByRole('button', { name: 'Firmar contrato' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('refuses a bad IBAN and mandate reference before asking the server', async () => {
    const onDone = vi.fn();
    renderApp(<SignatureForm contractId="k1" version={1} mode="edit" initial={{ iban: 'ES91 2100 0418 4502 0005 1332', mandateReference: 'M-1' }} onDone={onDone} />, [unreachable(UpdateContractSignatureDocument)]);
    fill('IBAN', 'ES91 2100 0418 4502 0005 1333');
    fill('Referencia del mandato SEPA', '/bad//ref');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText(/El IBAN ES91 2100 0418 4502 0005 1333 no es válido/)).toBeTruthy();
    expect(screen.getByText(/La referencia de mandato SEPA \/bad\/\/ref no es válida/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('edits only the payment data of a signed contract', async () => {
    const onDone = vi.fn();
    renderApp(<SignatureForm contractId="k1" version={4} mode="edit" initial={{ iban: 'ES91 2100 0418 4502 0005 1332', mandateReference: 'M-1' }} onDone={onDone} />, [
      answer(UpdateContractSignatureDocument, { input: { id: 'k1', version: 4, iban: 'ES7921000813610123456789', mandateReference: 'M-1' } }, { updateContractSignature: { __typename: 'Contract', id: 'k1', version: 5,
        signature: { __typename: 'ContractSignature', signedAt: '2026-01-15', signerName: 'Ana', signerTaxId: '12345678Z', iban: 'ES7921000813610123456789', mandateReference: 'M-1' },
        billingAccount: { __typename: 'BillingAccount', iban: 'ES7921000813610123456789', source: 'CONTRACT_SIGNATURE', explanation: 'El IBAN de la firma del contrato CT000001.' } } }),
    ]);
    expect(screen.queryByRole('textbox', { name: 'Firmante' })).toBeNull();
    fill('IBAN', 'ES79 2100 0813 6101 2345 6789');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});
