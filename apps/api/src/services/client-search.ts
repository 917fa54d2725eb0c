// The stored search key of a client: name, code, tax id, e-mail and IBAN through the domain's
// searchKey, one per line, so a query never matches across two fields. Written with every insert and
// update of a client (the compiler requires it: ClientEntity.searchText is not optional) and
// backfilled by the migration that added it.
import { searchKey, searchQueryKeys } from '@antena/domain';
import type { SelectQueryBuilder } from 'typeorm';

export interface SearchableClient {
  name: string; code: string; taxId: string; email: string; iban: string | null;
}

export function clientSearchText(c: SearchableClient): string {
  return [c.name, c.code, c.taxId, c.email, c.iban ?? ''].map(searchKey).join('\n');
}

/** Narrows `qb` to the clients whose search key contains the query's key (or its compact form). */
export function whereClientMatches<T extends object>(qb: SelectQueryBuilder<T>, alias: string, query: string | null | undefined): void {
  const keys = searchQueryKeys(query ?? '');
  if (keys.length === 0) return;
  const params: Record<string, string> = {};
  const clauses = keys.map((key, i) => {
    params[`search${i}`] = `%${key.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    return `${alias}.searchText LIKE :search${i} ESCAPE '\\'`;
  });
  qb.andWhere(`(${clauses.join(' OR ')})`, params);
}
