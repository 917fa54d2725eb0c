// A background job (docs/jobs.md "Background jobs"): long work other than billing runs (remittances, previews
// over the whole base, PDF batches). The row is what the API shows (`backgroundJob(id)`): its status, progress,
// the handler's result or why it failed; on SQLite it is also the queue.
import { Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, IntColumn, JsonColumn, TextColumn } from '../db/columns.js';

export type BackgroundJobKind = 'REMITTANCE' | 'BILLING_PREVIEW' | 'INVOICE_PDF_BATCH' | 'REMITTANCE_PREVIEW';
export type BackgroundJobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

/** Why a job FAILED: a refusal of its handler (JobRefusal) or the engine's JOB_INTERRUPTED / JOB_WORKER_LOST. */
export interface BackgroundJobFailure {
  code: string;
  params: Record<string, string | number>;
  field?: string | null;
  entityType?: string | null;
  entityId?: string | null;
}

@Entity('background_jobs')
@Index(['status', 'createdAt'])
@Index(['kind', 'createdAt'])
export class BackgroundJobEntity {
  @IdColumn() id: string;
  @TextColumn(20) kind: BackgroundJobKind;
  @TextColumn(10) status: BackgroundJobStatus;
  /** What the handler needs, validated before queueing. */
  @JsonColumn() params: Record<string, unknown>;
  /** What the handler returned (COMPLETED). */
  @JsonColumn(true) result: Record<string, unknown> | null;
  @JsonColumn(true) failure: BackgroundJobFailure | null;
  @IntColumn() itemsDone: number;
  @IntColumn(true) itemsTotal: number | null;
  /** Who queued it (auditActor): the handler's audit entries are theirs. */
  @TextColumn(20) actorType: string;
  @TextColumn(36, true) actorId: string | null;
  @TextColumn(254, true) actorName: string | null;
  /** The language of the request that queued it (what the handler writes for people, e.g. documents). */
  @TextColumn(2) locale: 'es' | 'en';
  @InstantColumn() createdAt: string;
  @InstantColumn(true) startedAt: string | null;
  @InstantColumn(true) finishedAt: string | null;
  /** Last sign of life of the worker running it; a RUNNING job silent for too long is FAILED with JOB_WORKER_LOST. */
  @InstantColumn(true) heartbeatAt: string | null;
  @TextColumn(64, true) workerId: string | null;
  /** Tries so far (each claim counts one). */
  @IntColumn() attempts: number;
}
