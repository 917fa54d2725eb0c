// The one table of the back office: Mantine's Table with loading and empty states built in,
// so no page can forget them.
import { Center, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUiLocale } from '../locale';
import { uiText } from '../strings';

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** The header is read by screen readers but not shown (a column of buttons, say); it is never empty. */
  hideHeader?: boolean;
}

export interface DataTableProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[] | null | undefined;
  rowKey: (row: Row) => string;
  loading?: boolean;
  emptyLabel?: ReactNode;
  caption?: string;
  footer?: ReactNode;
}

/**
 * @example
 * <DataTable
 *   caption="Facturas"
 *   rows={invoices}
 *   rowKey={(i) => i.id}
 *   loading={loading}
 *   emptyLabel="Este cliente aún no tiene facturas"
 *   columns={[
 *     { key: 'number', header: 'Número', render: (i) => i.number },
 *     { key: 'total', header: 'Total', align: 'right', render: (i) => <Money cents={i.totalCents} /> },
 *   ]}
 * />
 */
export function DataTable<Row>({ columns, rows, rowKey, loading = false, emptyLabel, caption, footer }: DataTableProps<Row>) {
  const locale = useUiLocale();
  const list = rows ?? [];
  let body: ReactNode;
  if (loading && list.length === 0) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={columns.length}>
          <Center py="md" aria-busy="true"><Loader size="sm" aria-label={uiText(locale, 'loading')} /></Center>
        </Table.Td>
      </Table.Tr>
    );
  } else if (list.length === 0) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={columns.length}>
          <Text c="dimmed" ta="center" py="md">{emptyLabel ?? uiText(locale, 'empty')}</Text>
        </Table.Td>
      </Table.Tr>
    );
  } else {
    body = list.map((row) => (
      <Table.Tr key={rowKey(row)}>
        {columns.map((column) => (
          <Table.Td key={column.key} ta={column.align}>{column.render(row)}</Table.Td>
        ))}
      </Table.Tr>
    ));
  }
  return (
    // On a narrow screen the table scrolls inside its box; the box takes the focus so the keyboard scrolls it too.
    <Table.ScrollContainer minWidth={500} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped highlightOnHover aria-busy={loading} captionSide="top">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align}>{column.hideHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
        {footer && <Table.Tfoot>{footer}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}
