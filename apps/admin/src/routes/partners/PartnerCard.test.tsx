import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer } from '../../test/typed';
import { PartnerCard } from './PartnerCard';
import { CreateApiKeyDocument } from './partners.operations';

const partner = { __typename: 'Partner' as const, id: 'p1', name: 'Redes del Sur', createdAt: '2026-11-01T00:00:00Z', apiKeys: [] };

describe('PartnerCard', () => {
  it('shows a new API key once, until dismissed', async () => {
    renderApp(<PartnerCard partner={partner} />, [
      answer(CreateApiKeyDocument, { partnerId: 'p1', name: 'ERP' }, { createApiKey: { __typename: 'CreateApiKeyPayload', key: 'ak_live_secret_123', apiKey: { __typename: 'ApiKey', id: 'k1', prefix: 'ak_live' } } }),
    ]);
    expect(screen.getByText('Sin claves')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Etiqueta' }), { target: { value: 'ERP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nueva clave' }));
    expect((await screen.findByTestId('new-api-key')).textContent).toBe('ak_live_secret_123');
    expect(screen.getByRole('alert').textContent).toContain('no se volverá a mostrar');
    fireEvent.click(screen.getByRole('button', { name: 'Cerrar' }));
    await waitFor(() => expect(screen.queryByTestId('new-api-key')).toBeNull());
  });
});
