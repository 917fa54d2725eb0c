// Locking an aggregate's root inside a write transaction (docs/billing.md "Concurrency"): a deletion and an
// insert under the same client see the same children, so a check never races the write it guards.
import type { EntityManager } from 'typeorm';
import { ClientEntity } from '../entities/index.js';

/**
 * PostgreSQL: SELECT … FOR UPDATE on the client row, held until commit. SQLite: write transactions are already
 * one at a time (db/transaction.ts). Returns false when the client no longer exists.
 */
export async function lockClient(m: EntityManager, clientId: string): Promise<boolean> {
  const qb = m.createQueryBuilder(ClientEntity, 'c').select('c.id').where('c.id = :id', { id: clientId });
  if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
  return (await qb.getRawOne()) != null;
}
