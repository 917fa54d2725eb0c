// Column shorthands for hand-written migrations: the portable types of db/columns.ts.
import type { TableColumnOptions, TableForeignKeyOptions } from 'typeorm';

export const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
export const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
export const text = (name: string, length: number, isNullable = false): TableColumnOptions =>
  ({ name, type: 'varchar', length: String(length), isNullable });
export const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable });
export const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable });
export const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
export const json = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
export const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false });

export const fk = (column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT'): TableForeignKeyOptions =>
  ({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
