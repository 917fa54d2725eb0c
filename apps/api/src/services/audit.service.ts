// The audit trail: every mutation records who changed what and when, in the same
// transaction as the change itself.
import type { EntityManager } from 'typeorm';
import { auditActor } from '../auth/actor.js';
import { preparedInsert } from '../billing/bulk-insert.js';
import { newId } from '../db/ids.js';
import { AuditEntryEntity, type FieldChangeValue } from '../entities/index.js';
import type { Scope } from './scope.js';

export interface AuditRecord {
  entityType: string;
  entityId: string;
  clientId: string | null;
  action: string;
  changes?: FieldChangeValue[];
}

type Plain = string | number | boolean | null;

/** Field-by-field differences between two snapshots, for the fields named. */
export function diff<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: readonly (keyof T & string)[]): FieldChangeValue[] {
  const out: FieldChangeValue[] = [];
  for (const field of fields) {
    const from = (before?.[field] ?? null) as Plain;
    const to = (after[field] ?? null) as Plain;
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

export async function audit(manager: EntityManager, scope: Scope, records: AuditRecord[]): Promise<void> {
  await preparedAudit(manager, scope, records)();
}

/** audit in two steps, as preparedInsert: the rows (and on PostgreSQL their COPY text) are built now, the function writes them. */
export function preparedAudit(manager: EntityManager, scope: Scope, records: AuditRecord[]): () => Promise<void> {
  if (records.length === 0) return async () => undefined;
  const who = auditActor(scope.actor);
  const at = scope.now.toISOString();
  const rows = records.map((r) => ({ id: newId(), ...who, at, ...r, changes: r.changes ?? [] }));
  // Many rows at once (SEPA settlements and returns): the bulk path, without building one huge statement.
  if (rows.length > 50) return preparedInsert(manager, AuditEntryEntity, rows);
  return async () => { await manager.createQueryBuilder().insert().into(AuditEntryEntity).values(rows).execute(); };
}
