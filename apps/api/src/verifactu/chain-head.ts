// The chain head row and its lock (docs/verifactu.md, "The lock"): one chain per installation, appended by
// one writer at a time. PostgreSQL: SELECT … FOR UPDATE holds the row until commit, so a concurrent run
// waits here and then sees the head the first one wrote. SQLite: writes are already one at a time (the
// transaction queue in-process, the database's write lock across processes), and a write as the first
// statement takes that lock at once, as lockCounter does.
import { linkTo, type ChainLink } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { VERIFACTU_SINGLETON_ID, VerifactuChainEntity } from './verifactu.entities.js';

export interface ChainHead { length: number; link: ChainLink | null; generatedAt: string }

/** The head row, locked, in one statement: PostgreSQL SELECT … FOR UPDATE; SQLite an UPDATE that touches it and returns it. */
export async function lockChainHead(m: EntityManager): Promise<ChainHead> {
  const rows: VerifactuChainEntity[] = await m.query(m.connection.options.type === 'postgres'
    ? 'SELECT * FROM verifactu_chain WHERE id = $1 FOR UPDATE'
    : 'UPDATE verifactu_chain SET "length" = "length" WHERE id = ? RETURNING *', [VERIFACTU_SINGLETON_ID]);
  const row = rows[0];
  if (!row) throw new Error('verifactu_chain has no head row');
  const length = Number(row.length);
  const link = length === 0 ? null : linkTo({ issuerNif: row.lastIssuerNif, number: row.lastNumber, issueDate: row.lastIssueDate, hash: row.lastHash });
  return { length, link, generatedAt: row.lastGeneratedAt };
}

export async function moveChainHead(m: EntityManager, length: number, last: ChainLink & { generatedAt: string }): Promise<void> {
  const sql = 'UPDATE verifactu_chain SET "length" = ?, "lastHash" = ?, "lastIssuerNif" = ?, "lastNumber" = ?, "lastIssueDate" = ?, "lastGeneratedAt" = ? WHERE id = ?';
  let i = 0;
  await m.query(m.connection.options.type === 'postgres' ? sql.replace(/\?/g, () => `$${++i}`) : sql,
    [length, last.hash, last.issuerNif, last.number, last.issueDate, last.generatedAt, VERIFACTU_SINGLETON_ID]);
}
