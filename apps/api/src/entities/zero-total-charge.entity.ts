// A line of an invoice not issued because its total is zero (docs/product.md §3: no zero invoices): its days still
// count as charged, so no later run charges them again (docs/billing.md "Zero totals").
import { Entity } from 'typeorm';
import { DateOnlyColumn, IdColumn, InstantColumn, RefColumn, TextColumn } from '../db/columns.js';

@Entity('zero_total_charges')
export class ZeroTotalChargeEntity {
  @IdColumn() id: string;
  @RefColumn() contractId: string;
  @TextColumn(7) period: string;
  @TextColumn(12) kind: 'CHARGE' | 'CATCH_UP' | 'BONUS' | 'ADDITIONAL';
  @RefColumn(true) subscriptionId: string | null;
  @RefColumn(true) additionalAmountId: string | null;
  @DateOnlyColumn(true) fromDate: string | null;
  @DateOnlyColumn(true) toDate: string | null;
  @RefColumn(true) billingRunId: string | null;
  @InstantColumn() createdAt: string;
}
