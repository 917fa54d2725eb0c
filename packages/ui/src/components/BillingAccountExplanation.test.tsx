import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { BillingAccountExplanation } from './BillingAccountExplanation';
import { renderUi } from '../test/render';

describe('BillingAccountExplanation', () => {
  it('shows the IBAN grouped, its source and the reason', () => {
    renderUi(<BillingAccountExplanation account={{ iban: 'ES9121000418450200051332', source: 'CONTRACT_SIGNATURE', explanation: 'El contrato está firmado.' }} />);
    expect(screen.getByTestId('billing-iban').textContent).toBe('ES91 2100 0418 4502 0005 1332');
    expect(screen.getByText('Firma del contrato')).toBeTruthy();
    expect(screen.getByText('El contrato está firmado.')).toBeTruthy();
  });

  it('says the invoice is paid by transfer when there is no account, as a warning', () => {
    renderUi(<BillingAccountExplanation account={{ iban: null, source: 'NONE', explanation: 'No hay IBAN.' }} />, 'en');
    expect(screen.getByText('No account to charge: paid by bank transfer')).toBeTruthy();
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
