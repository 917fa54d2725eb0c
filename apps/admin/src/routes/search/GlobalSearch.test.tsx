// The global search dialog (docs/search.md): Ctrl+K opens it, what is typed is asked after a pause, hits come grouped by
// kind as listbox options, arrows move and Enter opens the page; a refusal shows the API's message and remedy.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse, unreachable } from '../../test/typed';
import { GlobalSearch } from './GlobalSearch';
import { GlobalSearchDocument } from './search.operations';

const hits = {
  __typename: 'GlobalSearchHits' as const, term: 'ana',
  clients: [
    { __typename: 'Client' as const, id: 'c1', code: 'C000001', name: 'Ana Pérez', taxId: '12345678Z', archivedAt: null },
    { __typename: 'Client' as const, id: 'c2', code: 'C000002', name: 'Anabel Ruiz', taxId: '87654321X', archivedAt: '2026-11-20T10:00:00.000Z' },
  ],
  contracts: [{ __typename: 'Contract' as const, id: 'k1', number: 'CT000001', status: 'SIGNED' as const, client: { __typename: 'Client' as const, id: 'c1', name: 'Ana Pérez' } }],
  invoices: [],
};

function open() {
  fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
  return screen.findByRole('dialog', { name: 'Búsqueda global' });
}

describe('GlobalSearch', () => {
  it('opens with Ctrl+K, lists the hits by kind, moves with the arrows and opens the chosen one with Enter', async () => {
    renderApp(<GlobalSearch />, [answer(GlobalSearchDocument, { term: 'ana', first: 5 }, { globalSearch: hits })]);
    const dialog = await open();
    const box = within(dialog).getByRole('combobox', { name: 'Cliente, contrato o factura' });
    fireEvent.change(box, { target: { value: ' ana ' } });
    const list = await within(dialog).findByRole('listbox', { name: 'Resultados de la búsqueda' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(within(list).getByRole('group', { name: 'Clientes' })).toBeTruthy();
    expect(within(list).getByRole('group', { name: 'Contratos' }).textContent).toContain('CT000001');
    expect(within(list).queryByRole('group', { name: 'Facturas' })).toBeNull();
    expect(within(list).getByText('Archivado')).toBeTruthy();
    const selected = () => within(list).getByRole('option', { selected: true });
    expect(selected().textContent).toContain('Ana Pérez');
    expect(box.getAttribute('aria-activedescendant')).toBe(selected().id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selected().textContent).toContain('CT000001');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selected().textContent).toContain('Ana Pérez');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/contracts/k1'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('the header button opens it too; nothing is asked while the field is blank', async () => {
    renderApp(<GlobalSearch />, [unreachable(GlobalSearchDocument)]);
    fireEvent.click(screen.getByRole('button', { name: /Buscar/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Búsqueda global' });
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: '   ' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(within(dialog).queryByRole('option')).toBeNull();
  });

  it('shows the API\'s refusal with its remedy', async () => {
    renderApp(<GlobalSearch />, [refuse(GlobalSearchDocument, { term: '--', first: 5 }, 'BAD_USER_INPUT', 'term', { reason: 'SEARCH_EMPTY' })]);
    const dialog = await open();
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: '--' } });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('La búsqueda está vacía: no tiene ninguna letra ni cifra.');
    expect(alert.textContent).toContain('Escribe al menos una letra o cifra');
  });

  it('says when nothing starts with what was typed', async () => {
    renderApp(<GlobalSearch />, [answer(GlobalSearchDocument, { term: 'zz', first: 5 }, { globalSearch: { ...hits, term: 'zz', clients: [], contracts: [] } })]);
    const dialog = await open();
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: 'zz' } });
    expect(await within(dialog).findByText('Nada empieza por «zz».')).toBeTruthy();
  });
});
