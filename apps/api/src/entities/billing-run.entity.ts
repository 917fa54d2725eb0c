// A billing or mass-credit run: who, when, for which period, and what it produced.
import { Entity } from 'typeorm';
import { BigCentsColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, TextColumn } from '../db/columns.js';

export type BillingRunKind = 'BILLING' | 'MASS_CREDIT';
export type BillingRunStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';

@Entity('billing_runs')
export class BillingRunEntity {
  @IdColumn() id: string;
  @TextColumn(12) kind: BillingRunKind;
  @TextColumn(7) period: string;
  @TextColumn(10) status: BillingRunStatus;
  @TextColumn(20) actorType: string;
  @TextColumn(36, true) actorId: string | null;
  @TextColumn(254, true) actorName: string | null;
  @InstantColumn() startedAt: string;
  @InstantColumn(true) finishedAt: string | null;
  @IntColumn() invoiceCount: number;
  @IntColumn() skippedCount: number;
  @BigCentsColumn() totalCents: number;
  @JsonColumn(true) details: Record<string, unknown> | null;
}
