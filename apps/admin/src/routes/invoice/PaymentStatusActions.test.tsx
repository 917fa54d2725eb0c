// The invoice page shows exactly the payment actions the API offers (Invoice.availableActions), credit notes included.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { PaymentStatusActions } from './PaymentStatusActions';

describe('PaymentStatusActions', () => {
  it('offers marking a credit note paid when the API says it is available', () => {
    renderApp(<PaymentStatusActions invoiceId="i1" actions={[{ action: 'MARK_PAID', available: true }, { action: 'MARK_RETURNED', available: false }]} />);
    expect(screen.getByRole('button', { name: 'Marcar como pagada' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /devuelta/i })).toBeNull();
  });

  it('shows nothing when no action is available', () => {
    renderApp(<PaymentStatusActions invoiceId="i1" actions={[{ action: 'MARK_PAID', available: false }, { action: 'MARK_RETURNED', available: false }]} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
