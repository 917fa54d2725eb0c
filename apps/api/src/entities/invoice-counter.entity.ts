// Gapless numbering: the next number per (series, year), taken in the invoice's own transaction.
import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns.js';

@Entity('invoice_counters')
export class InvoiceCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 }) series: string;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @IntColumn() nextNumber: number;
}
