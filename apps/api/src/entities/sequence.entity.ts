// Human-facing counters for client codes and contract numbers (invoices have their own table).
import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns.js';

@Entity('sequences')
export class SequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 }) name: string;
  @IntColumn() nextValue: number;
}
