// Next value of a human-facing counter (client codes, contract numbers), inside the caller's
// transaction: the UPDATE locks the row, so concurrent callers never get the same value.
import type { EntityManager } from 'typeorm';
import { SequenceEntity } from '../entities/index.js';

export async function nextSequenceValues(manager: EntityManager, name: string, count = 1): Promise<number[]> {
  await manager.createQueryBuilder().update(SequenceEntity).set({ nextValue: () => `"nextValue" + ${count}` }).where('name = :name', { name }).execute();
  const row = await manager.findOneByOrFail(SequenceEntity, { name });
  return Array.from({ length: count }, (_, i) => row.nextValue - count + i);
}

export const formatCode = (prefix: string, n: number) => `${prefix}${String(n).padStart(6, '0')}`;
