// Archiving asks once more saying what it does, sends the version read, and shows the API's refusal with its remedy.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import { ArchiveClientDocument, ArchiveControl, UnarchiveClientDocument } from './ArchiveControl';

const client = { id: 'c1', version: 4, name: 'Ana Pérez', archivedAt: null };

describe('ArchiveControl', () => {
  it('archives after confirming what it means', async () => {
    let sent = false;
    renderApp(<ArchiveControl client={client} />, [
      answer(ArchiveClientDocument, { id: 'c1', version: 4 }, { archiveClient: { __typename: 'Client', id: 'c1', archivedAt: '2026-11-20T10:00:00.000Z', version: 5 } }, { onSent: () => { sent = true; } }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Archivar cliente' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Archivar a Ana Pérez?' });
    expect(within(dialog).getByText(/no se volverá a facturar/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archivar cliente' }));
    await waitFor(() => expect(sent).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows why it cannot be archived yet, and what to do', async () => {
    // As client.service.ts refuses it: the domain's rule, on the client's field "subscriptions".
    renderApp(<ArchiveControl client={client} />, [refuse(ArchiveClientDocument, { id: 'c1', version: 4 }, 'BAD_USER_INPUT', 'id', {
      refusal: { code: 'CLIENT_HAS_LIVE_SUBSCRIPTIONS', entityType: 'Client', entityId: 'c1', field: 'subscriptions', params: { client: 'C000001', count: 1 } },
    })]);
    fireEvent.click(screen.getByRole('button', { name: 'Archivar cliente' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archivar cliente' }));
    expect(await within(dialog).findByText(/tiene 1 suscripción que no está cancelada/)).toBeTruthy();
    expect(within(dialog).getByText(/cancela antes sus suscripciones/)).toBeTruthy();
  });

  it('an archived client says so and offers unarchiving', async () => {
    let sent = false;
    renderApp(<ArchiveControl client={{ ...client, archivedAt: '2026-11-20T10:00:00.000Z' }} />, [
      answer(UnarchiveClientDocument, { id: 'c1', version: 4 }, { unarchiveClient: { __typename: 'Client', id: 'c1', archivedAt: null, version: 5 } }, { onSent: () => { sent = true; } }),
    ]);
    expect(screen.getByText('20/11/2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Desarchivar' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Desarchivar a Ana Pérez?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Desarchivar' }));
    await waitFor(() => expect(sent).toBe(true));
  });
});
