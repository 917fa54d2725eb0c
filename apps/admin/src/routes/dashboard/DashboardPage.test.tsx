import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { DASHBOARD_MONTHS, DashboardPage } from './DashboardPage';
import { DashboardSummaryDocument, UndeletableClientsDocument } from './dashboard.operations';
import { UNDELETABLE_PAGE_SIZE } from './UndeletableClientsCard';
import { periodLabel } from './period';
import { answer, networkDown } from '../../test/typed';
import type { SubscriptionState } from '../../gql/graphql';

const totals = (count: number, totalCents: number) => ({ __typename: 'DocumentTotals' as const, count, baseCents: 0, taxCents: 0, totalCents });
const month = (period: string, invoiced: number, credited: number) => ({
  __typename: 'MonthlyTotals' as const, period,
  invoices: totals(invoiced ? 1 : 0, invoiced), creditNotes: totals(credited ? 1 : 0, credited), net: totals((invoiced ? 1 : 0) + (credited ? 1 : 0), invoiced + credited),
});
const STATES = ['PENDING_ACTIVATION', 'ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED', 'REJECTED'] as SubscriptionState[];
const amount = (count: number, totalCents: number) => ({ __typename: 'CountedAmount' as const, count, totalCents });
// Typed with the operation's generated result: a field the API no longer sends is a compile error here.
const summary = (months: ReturnType<typeof month>[], counts: number[], money = { outstanding: amount(0, 0), returned: amount(0, 0), mrr: amount(0, 0) }) =>
  answer(DashboardSummaryDocument, { months: DASHBOARD_MONTHS }, { dashboard: { __typename: 'Dashboard', id: 'dashboard', currentPeriod: '2026-11', monthlyTotals: months,
    subscriptionsByState: STATES.map((state, i) => ({ __typename: 'SubscriptionStateCount' as const, state, count: counts[i]! })),
    receivables: { __typename: 'Receivables', outstanding: money.outstanding, returned: money.returned },
    monthlyRecurring: money.mrr } });
const client = (n: number, blockers: string[]) => ({
  __typename: 'Client' as const, id: `c${n}`, code: `C00000${n}`, name: `Cliente ${n}`,
  deletion: { __typename: 'DeletionCheck' as const, allowed: false,
    blockers: blockers.map((message, i) => ({ __typename: 'DeletionBlocker' as const, code: 'CONTRACT_SIGNED' as const, message, entityType: 'Contract', entityId: `k${n}-${i}` })) },
});
const undeletable = (after: string | null, nodes: ReturnType<typeof client>[], totalCount: number, endCursor: string | null, hasNextPage: boolean) =>
  answer(UndeletableClientsDocument, { first: UNDELETABLE_PAGE_SIZE, after }, { dashboard: { __typename: 'Dashboard', id: 'dashboard', undeletableClients: { __typename: 'ClientConnection', totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor }, nodes } } });

describe('DashboardPage', () => {
  it('shows the API\'s figures: net over the months, every state with its count, undeletable clients with their reasons', async () => {
    renderApp(<DashboardPage />, [
      summary([month('2026-09', 0, 0), month('2026-10', 3630, 0), month('2026-11', 7260, -1815)], [2, 5, 1, 0, 3, 0]),
      undeletable(null, [client(1, ['El contrato CT000001 está firmado.', 'Tiene 1 factura pendiente.'])], 1, 'e1', false),
    ]);
    // September, before anything was billed, is left out; 36,30 + 72,60 − 18,15 = 90,75 € net over the two months.
    expect(await screen.findByText(/Neto de los últimos 2 periodos: 90,75\s€/)).toBeTruthy();
    expect(screen.queryByText('Aún no hay facturas')).toBeNull();

    const states = screen.getByRole('table', { name: 'Suscripciones por estado' });
    const rows = within(states).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Pendiente de activación2', 'Activa5', 'Activa no facturable1', 'Suspendida0', 'Cancelada3', 'Rechazada0']);

    expect(await screen.findByRole('heading', { name: 'Clientes que no se pueden borrar (1)' })).toBeTruthy();
    expect(screen.getByText('El contrato CT000001 está firmado.')).toBeTruthy();
    expect(screen.getByText('Tiene 1 factura pendiente.')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Cliente 1' }));
    expect(screen.getByTestId('location').textContent).toBe('/clients/c1');
  });

  it('shows outstanding, returned, recurring and pending figures, each a link to its filtered list', async () => {
    renderApp(<DashboardPage />, [
      summary([month('2026-11', 3630, 0)], [4, 5, 1, 0, 3, 0], { outstanding: amount(3, 3_000_000_000), returned: amount(1, 3630), mrr: amount(5, 15000) }),
      undeletable(null, [], 0, null, false),
    ]);
    const outstanding = await screen.findByRole('region', { name: 'Pendiente de cobro' });
    expect(outstanding.textContent).toMatch(/30\.000\.000,00\s€3 facturas/);
    expect(within(outstanding).getByRole('link').getAttribute('href')).toBe('/invoices?status=ISSUED&status=RETURNED&kind=INVOICE');
    const returned = screen.getByRole('region', { name: 'Devuelto' });
    expect(returned.textContent).toMatch(/36,30\s€1 factura$/);
    expect(within(returned).getByRole('link').getAttribute('href')).toBe('/invoices?status=RETURNED&kind=INVOICE');
    const mrr = screen.getByRole('region', { name: 'Ingresos recurrentes mensuales' });
    expect(mrr.textContent).toMatch(/150,00\s€5 suscripciones activas/);
    expect(within(mrr).getByRole('link').getAttribute('href')).toBe('/clients?state=ACTIVE');
    const pending = screen.getByRole('region', { name: 'Pendientes de activar' });
    expect(pending.textContent).toContain('4');
    expect(within(pending).getByRole('link').getAttribute('href')).toBe('/clients?state=PENDING_ACTIVATION');
  });

  it('pages the undeletable clients forward and back', async () => {
    renderApp(<DashboardPage />, [
      summary([month('2026-11', 3630, 0)], [0, 1, 0, 0, 0, 0]),
      undeletable(null, [client(1, ['Firmado.'])], 2, 'e1', true),
      undeletable('e1', [client(2, ['Facturado.'])], 2, 'e2', false),
      undeletable(null, [client(1, ['Firmado.'])], 2, 'e1', true),
    ]);
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anterior' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByText('Cliente 2')).toBeTruthy();
    expect(screen.queryByText('Cliente 1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Siguiente' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Anterior' }));
    expect(await screen.findByText('Cliente 1')).toBeTruthy();
  });

  it('says so when there is nothing yet: no invoices, no subscriptions, every client deletable', async () => {
    renderApp(<DashboardPage />, [summary([month('2026-10', 0, 0), month('2026-11', 0, 0)], [0, 0, 0, 0, 0, 0]), undeletable(null, [], 0, null, false)]);
    expect(await screen.findByText('Aún no hay facturas')).toBeTruthy();
    expect(screen.getByText('Aún no hay suscripciones')).toBeTruthy();
    expect(await screen.findByText('Todos los clientes se pueden borrar')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Siguiente' })).toBeNull();
  });

  it('shows a failed request as an error with a retry, not as an empty dashboard', async () => {
    renderApp(<DashboardPage />, [
      networkDown(DashboardSummaryDocument, { months: DASHBOARD_MONTHS }),
      networkDown(UndeletableClientsDocument, { first: UNDELETABLE_PAGE_SIZE, after: null }),
    ]);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: 'Reintentar' })).toHaveLength(2);
    expect(screen.queryByText('Todos los clientes se pueden borrar')).toBeNull();
    expect(screen.queryByText('Aún no hay facturas')).toBeNull();
  });
});

describe('periodLabel', () => {
  it('names the billed month in the chosen language', () => {
    expect(periodLabel('2026-11', 'en')).toBe('Nov 26');
    expect(periodLabel('2026-11', 'es')).toMatch(/^nov\.? 26$/);
  });
});
