import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { ClientsPage } from './ClientsPage';
import { ClientsDocument } from './clients.operations';

const client = (n: number) => ({
  __typename: 'Client' as const, id: `c${n}`, code: `C00000${n}`, name: `Cliente ${n}`, taxId: '12345678Z', email: `c${n}@example.test`, archivedAt: n === 9 ? '2026-11-20T10:00:00.000Z' : null,
  deletion: { __typename: 'DeletionCheck' as const, allowed: n % 2 === 0 },
});
const page = (nodes: number[], hasNextPage: boolean, endCursor: string | null) => ({
  data: { clients: { __typename: 'ClientConnection', totalCount: 3, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((n) => ({ __typename: 'ClientEdge', node: client(n) })) } },
});

describe('ClientsPage', () => {
  it('pages forward with the end cursor and back again', async () => {
    renderApp(<ClientsPage />, [
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: false } }, result: page([1, 2], true, 'cursor-2') },
      { request: { query: ClientsDocument, variables: { first: 20, after: 'cursor-2', search: null, includeArchived: false } }, result: page([3], false, 'cursor-3') },
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: false } }, result: page([1, 2], true, 'cursor-2') },
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    const previous = screen.getByRole('button', { name: 'Anterior' });
    expect(previous.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByText('Cliente 3')).toBeTruthy();
    expect(screen.queryByText('Cliente 1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Siguiente' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Anterior' }));
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
  });

  it('searches on the server after a pause in typing', async () => {
    renderApp(<ClientsPage />, [
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: false } }, result: page([1, 2], false, null) },
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: 'Cliente 2', includeArchived: false } }, result: page([2], false, null) },
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Buscar' }), { target: { value: 'Cliente 2 ' } });
    await screen.findByText('Cliente 2');
    await new Promise((r) => setTimeout(r, 600));
    expect(screen.queryByText('Cliente 1')).toBeNull();
  });

  it('shows the empty state', async () => {
    renderApp(<ClientsPage />, [
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: false } }, result: page([], false, null) },
    ]);
    expect(await screen.findByText('No hay clientes que coincidan')).toBeTruthy();
  });

  it('hides archived clients until the filter asks for them', async () => {
    renderApp(<ClientsPage />, [
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: false } }, result: page([1], false, null) },
      { request: { query: ClientsDocument, variables: { first: 20, after: null, search: null, includeArchived: true } }, result: page([1, 9], false, null) },
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    expect(screen.queryByText('Archivado')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Mostrar archivados' }));
    expect(await screen.findByText('Cliente 9')).toBeTruthy();
    expect(screen.getByText('Archivado')).toBeTruthy();
  });
});
