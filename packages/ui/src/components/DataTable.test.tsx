import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { DataTable, type DataTableColumn } from './DataTable';
import { renderUi } from '../test/render';

interface Row { id: string; name: string }
const columns: DataTableColumn<Row>[] = [
  { key: 'id', header: 'Id', render: (r) => r.id },
  { key: 'name', header: 'Nombre', render: (r) => r.name },
];

describe('DataTable', () => {
  it('renders one row per item under the headers', () => {
    renderUi(<DataTable columns={columns} rows={[{ id: '1', name: 'Ana' }, { id: '2', name: 'Luis' }]} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Id', 'Nombre']);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]!).getByText('Luis')).toBeTruthy();
  });

  it('shows the empty label when there are no rows', () => {
    renderUi(<DataTable columns={columns} rows={[]} rowKey={(r) => r.id} emptyLabel="Sin clientes" />);
    expect(screen.getByText('Sin clientes')).toBeTruthy();
  });

  it('shows a loader, not the empty label, while loading the first page', () => {
    renderUi(<DataTable columns={columns} rows={undefined} rowKey={(r) => r.id} loading emptyLabel="Sin clientes" />);
    expect(screen.queryByText('Sin clientes')).toBeNull();
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');
  });

  it('keeps showing rows while refreshing', () => {
    renderUi(<DataTable columns={columns} rows={[{ id: '1', name: 'Ana' }]} rowKey={(r) => r.id} loading />);
    expect(screen.getByText('Ana')).toBeTruthy();
  });

  it('keeps a hidden header readable, so no column header is empty', () => {
    const withActions: DataTableColumn<Row>[] = [...columns, { key: 'actions', header: 'Acciones', hideHeader: true, render: () => 'x' }];
    renderUi(<DataTable columns={withActions} rows={[{ id: '1', name: 'Ana' }]} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Id', 'Nombre', 'Acciones']);
  });
});
