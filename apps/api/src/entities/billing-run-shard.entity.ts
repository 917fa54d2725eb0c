// One contract range of a billing run (docs/jobs.md "Shards"): contracts with afterId < id <= lastId
// (open ends when null). A worker claims it, bills it chunk by chunk moving `cursor`, and marks it DONE.
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn } from '../db/columns.js';

export type ShardStatus = 'PENDING' | 'CLAIMED' | 'DONE';

@Entity('billing_run_shards')
export class BillingRunShardEntity {
  @IdColumn() id: string;
  @RefColumn() runId: string;
  @IntColumn() seq: number;
  @TextColumn(36, true) afterId: string | null;
  @TextColumn(36, true) lastId: string | null;
  /** Last contract of the range already gone through. */
  @TextColumn(36, true) cursor: string | null;
  @TextColumn(10) status: ShardStatus;
  @TextColumn(64, true) workerId: string | null;
  @InstantColumn(true) heartbeatAt: string | null;
  @IntColumn() contracts: number;
  /** Contracts left out, by code (ALREADY_INVOICED included). */
  @JsonColumn() skipped: Record<string, number>;
}
