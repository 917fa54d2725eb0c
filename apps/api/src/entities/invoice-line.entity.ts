// One line of an invoice: the domain's InvoiceLineDraft, with its explanation code + params.
import { Entity } from 'typeorm';
import type { InvoiceLineKind } from '@antena/domain/billing';
import { DateOnlyColumn, IdColumn, IntColumn, JsonColumn, RefColumn, ScaledColumn, TextColumn } from '../db/columns.js';

@Entity('invoice_lines')
export class InvoiceLineEntity {
  @IdColumn() id: string;
  @RefColumn() invoiceId: string;
  @IntColumn() position: number;
  @TextColumn(12) kind: InvoiceLineKind;
  @RefColumn(true) subscriptionId: string | null;
  @RefColumn(true) tariffId: string | null;
  @TextColumn(30, true) tariffCode: string | null;
  @RefColumn(true) bonusId: string | null;
  @RefColumn(true) additionalAmountId: string | null;
  /** `from`/`to` are reserved words in SQL, hence the suffix. */
  @DateOnlyColumn(true) fromDate: string | null;
  @DateOnlyColumn(true) toDate: string | null;
  @IntColumn(true) days: number | null;
  @IntColumn(true) daysInMonth: number | null;
  @IntColumn(true) unitPriceCents: number | null;
  @IntColumn() amountCents: number;
  @ScaledColumn() vatRate: number;
  @TextColumn(60) code: string;
  @JsonColumn() params: Record<string, string | number>;
}
