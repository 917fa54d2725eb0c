// The chain head row and its lock (docs/verifactu.md, "The lock"): one chain per installation, appended by
// one writer at a time. PostgreSQL: SELECT … FOR UPDATE holds the row until commit, so a concurrent run
// waits here and then sees the head the first one wrote. SQLite: writes are already one at a time (the
// transaction queue in-process, the database's write lock across processes), and a write as the first
// statement takes that lock at once, as lockCounter does.
import { linkTo, type ChainLink } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { VERIFACTU_SINGLETON_ID, VerifactuChainEntity } from './verifactu.entities.js';

export interface ChainHead { length: number; link: ChainLink | null; generatedAt: string }

export async function lockChainHead(m: EntityManager): Promise<ChainHead> {
  let row: VerifactuChainEntity;
  if (m.connection.options.type === 'postgres') {
    row = await m.createQueryBuilder(VerifactuChainEntity, 'c').setLock('pessimistic_write').where('c.id = :id', { id: VERIFACTU_SINGLETON_ID }).getOneOrFail();
  } else {
    await m.createQueryBuilder().update(VerifactuChainEntity).set({ length: () => '"length"' }).where('id = :id', { id: VERIFACTU_SINGLETON_ID }).updateEntity(false).execute();
    row = await m.findOneByOrFail(VerifactuChainEntity, { id: VERIFACTU_SINGLETON_ID });
  }
  const link = row.length === 0 ? null : linkTo({ issuerNif: row.lastIssuerNif, number: row.lastNumber, issueDate: row.lastIssueDate, hash: row.lastHash });
  return { length: row.length, link, generatedAt: row.lastGeneratedAt };
}

export async function moveChainHead(m: EntityManager, length: number, last: ChainLink & { generatedAt: string }): Promise<void> {
  await m.createQueryBuilder().update(VerifactuChainEntity)
    .set({ length, lastHash: last.hash, lastIssuerNif: last.issuerNif, lastNumber: last.number, lastIssueDate: last.issueDate, lastGeneratedAt: last.generatedAt })
    .where('id = :id', { id: VERIFACTU_SINGLETON_ID }).updateEntity(false).execute();
}
