// A bonus (bonificación): PERCENT of each charge, or FIXED cents per month (docs/product.md §2–§3).
import { Entity } from 'typeorm';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, RefColumn, ScaledColumn, TextColumn } from '../db/columns.js';

export type BonusKind = 'PERCENT' | 'FIXED';

@Entity('bonuses')
export class BonusEntity {
  @IdColumn() id: string;
  @RefColumn() subscriptionId: string;
  @TextColumn(10) kind: BonusKind;
  @ScaledColumn(true) percent: number | null;
  @IntColumn(true) amountCents: number | null;
  @TextColumn(200, true) description: string | null;
  @DateOnlyColumn() validFrom: string;
  @DateOnlyColumn(true) validTo: string | null;
  /** The optimistic lock: ending or deleting is conditional on it. */
  @IntColumn() version: number;
  @InstantColumn() createdAt: string;
}
