import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { ClientsPage } from './ClientsPage';
import { ClientsDocument, PartnerOptionsDocument } from './clients.operations';
import { answer, type MockResult } from '../../test/typed';
import type { ClientsQuery } from '../../gql/graphql';

const client = (n: number) => ({
  __typename: 'Client' as const, id: `c${n}`, code: `C00000${n}`, name: `Cliente ${n}`, taxId: '12345678Z', email: `c${n}@example.test`, archivedAt: n === 9 ? '2026-11-20T10:00:00.000Z' : null,
  deletion: { __typename: 'DeletionCheck' as const, allowed: n % 2 === 0 },
});
// Typed with the generated operation results: a mock that disagrees with the schema does not compile.
const page = (nodes: number[], hasNextPage: boolean, endCursor: string | null) => ({
  clients: { __typename: 'ClientConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((n) => ({ __typename: 'ClientEdge', node: client(n) })) } } satisfies MockResult<ClientsQuery>);
const partners = answer(PartnerOptionsDocument, undefined, { partners: [{ __typename: 'Partner', id: 'p1', name: 'Partner Uno' }] }, { times: 5 });
const ALL = { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null };

describe('ClientsPage', () => {
  it('pages forward with the end cursor and back again', async () => {
    renderApp(<ClientsPage />, [
      partners,
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([1, 2], true, 'cursor-2')),
      answer(ClientsDocument, { first: 20, after: 'cursor-2', search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([3], false, 'cursor-3')),
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([1, 2], true, 'cursor-2')),
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
      partners,
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([1, 2], false, null)),
      answer(ClientsDocument, { first: 20, after: null, search: 'Cliente 2', includeArchived: false, partnerId: null, subscriptionState: null }, page([2], false, null)),
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Buscar' }), { target: { value: 'Cliente 2 ' } });
    // The filtered list is its own query: the old rows go first, the new ones come with the answer.
    await waitFor(() => {
      expect(screen.queryByText('Cliente 1')).toBeNull();
      expect(screen.getByText('Cliente 2')).toBeTruthy();
    }, { timeout: 2000 });
  });

  it('shows the empty state', async () => {
    renderApp(<ClientsPage />, [
      partners,
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([], false, null)),
    ]);
    expect(await screen.findByText('No hay clientes que coincidan')).toBeTruthy();
  });

  it('hides archived clients until the filter asks for them', async () => {
    renderApp(<ClientsPage />, [
      partners,
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: false, partnerId: null, subscriptionState: null }, page([1], false, null)),
      answer(ClientsDocument, { first: 20, after: null, search: null, includeArchived: true, partnerId: null, subscriptionState: null }, page([1, 9], false, null)),
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    expect(screen.queryByText('Archivado')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Mostrar archivados' }));
    expect(await screen.findByText('Cliente 9')).toBeTruthy();
    expect(screen.getByText('Archivado')).toBeTruthy();
  });

  it('clearing the search asks the server for the whole list again', async () => {
    renderApp(<ClientsPage />, [
      partners,
      answer(ClientsDocument, ALL, page([1, 2], false, null)),
      answer(ClientsDocument, { ...ALL, search: 'Cliente 2' }, page([2], false, null)),
      answer(ClientsDocument, ALL, page([1, 2, 3], false, null)),
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Buscar' });
    fireEvent.change(box, { target: { value: 'Cliente 2' } });
    await waitFor(() => expect(screen.queryByText('Cliente 1')).toBeNull(), { timeout: 2000 });
    fireEvent.change(box, { target: { value: '' } });
    // The answer of a new request (three clients), not the first list from the cache.
    expect(await screen.findByText('Cliente 3', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText('3 clientes')).toBeTruthy();
  });

  it('takes the filter from the address (the dashboard links to /clients?state=ACTIVE)', async () => {
    renderApp(<ClientsPage />, [
      partners,
      answer(ClientsDocument, { ...ALL, subscriptionState: 'ACTIVE', partnerId: 'p1' }, page([2], false, null)),
    ], '/clients?state=ACTIVE&partner=p1');
    expect(await screen.findByText('Cliente 2')).toBeTruthy();
    expect(screen.getByText('1 clientes')).toBeTruthy();
  });
});
