// A billing or mass-credit run: who, when, for which period, what it produced, and (while a job works
// on it) how far it got and when a worker last reported (docs/jobs.md).
import { Entity } from 'typeorm';
import { BigCentsColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, TextColumn } from '../db/columns.js';

export type BillingRunKind = 'BILLING' | 'MASS_CREDIT';
export type BillingRunStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

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
  /** Contracts (mass credit: candidate subscriptions) to go through; null until a worker has planned the run. */
  @IntColumn(true) itemsTotal: number | null;
  @IntColumn() itemsDone: number;
  /** Last sign of life of a worker on this run (docs/jobs.md "Lost workers"). */
  @InstantColumn(true) heartbeatAt: string | null;
}
