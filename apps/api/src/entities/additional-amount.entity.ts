// An additional amount (importe adicional): ONE_OFF on a date, or MONTHLY within a validity.
import { Entity } from 'typeorm';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, RefColumn, ScaledColumn, TextColumn } from '../db/columns.js';

export type AdditionalAmountKind = 'ONE_OFF' | 'MONTHLY';

@Entity('additional_amounts')
export class AdditionalAmountEntity {
  @IdColumn() id: string;
  @RefColumn() subscriptionId: string;
  @TextColumn(200) description: string;
  @IntColumn() amountCents: number;
  @ScaledColumn() vatRate: number;
  @TextColumn(10) kind: AdditionalAmountKind;
  @DateOnlyColumn(true) date: string | null;
  @DateOnlyColumn(true) validFrom: string | null;
  @DateOnlyColumn(true) validTo: string | null;
  /** The optimistic lock: ending or deleting is conditional on it. */
  @IntColumn() version: number;
  @InstantColumn() createdAt: string;
}
