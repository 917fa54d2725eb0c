// An issued invoice or credit note (docs/product.md §2). Immutable once written except `status`.
// Unique (series, year, sequence) and, for kind INVOICE, unique (contractId, period, kind).
import { Entity } from 'typeorm';
import type { BillingAccountSource } from '@antena/domain/billing';
import type { VatGroup } from '@antena/domain/money';
import { BigCentsColumn, DateOnlyColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn } from '../db/columns.js';

export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';
export type InvoiceStatus = 'ISSUED' | 'PAID' | 'RETURNED';

@Entity('invoices')
export class InvoiceEntity {
  @IdColumn() id: string;
  @TextColumn(12) kind: InvoiceKind;
  /** 'F' for invoices, 'R' for credit notes (rectificativas). */
  @TextColumn(4) series: string;
  @IntColumn() year: number;
  @IntColumn() sequence: number;
  /** Display number, e.g. 'F2026-000123'. */
  @TextColumn(20) number: string;
  @RefColumn() clientId: string;
  @RefColumn() contractId: string;
  @TextColumn(7) period: string;
  @DateOnlyColumn() periodStart: string;
  @DateOnlyColumn() periodEnd: string;
  @DateOnlyColumn() issueDate: string;
  @BigCentsColumn() baseCents: number;
  @BigCentsColumn() taxCents: number;
  @BigCentsColumn() totalCents: number;
  @JsonColumn() vatBreakdown: VatGroup[];
  @TextColumn(10) status: InvoiceStatus;
  @RefColumn(true) rectifiesId: string | null;
  @TextColumn(34, true) billingIban: string | null;
  @TextColumn(20) billingSource: BillingAccountSource;
  @TextColumn(60) billingCode: string;
  @JsonColumn() billingParams: Record<string, string | number>;
  @RefColumn(true) billingRunId: string | null;
  @InstantColumn() createdAt: string;
  /** Set when an anulación record withdraws it (docs/verifactu.md, "Voiding"); the number stays used. */
  @InstantColumn(true) voidedAt?: string | null;
  /** A manual credit note's reason, printed on it (docs/billing.md "Manual credit notes"). */
  @TextColumn(500, true) creditReason?: string | null;
  /** A credit note's rectification type (R1–R5) as written in its VeriFactu alta; null for mass credits issued before it was kept. */
  @TextColumn(2, true) rectificationType?: string | null;
  /** Optimistic lock: moved by every credit note issued on the invoice. */
  @IntColumn() version: number;
}
