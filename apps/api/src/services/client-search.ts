// The stored search key of a client: name, code, tax id, e-mail and IBAN through the domain's
// searchKey, one per line, so a query never matches across two fields. Written with every insert and
// update of a client (the compiler requires it: ClientEntity.searchText is not optional) and
// backfilled by the migration that added it.
import { searchKey, searchQueryKeys, searchTerms } from '@antena/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';

export interface SearchableClient {
  name: string; code: string; taxId: string; email: string; iban: string | null;
}

export function clientSearchText(c: SearchableClient): string {
  return [c.name, c.code, c.taxId, c.email, c.iban ?? ''].map(searchKey).join('\n');
}

/**
 * The word-start terms global search looks clients up by (docs/search.md): every field's terms, the IBAN
 * also in its compact form, no duplicates.
 */
export function clientSearchTerms(c: SearchableClient): string[] {
  return [...new Set([c.name, c.code, c.taxId, c.email, c.iban ?? ''].flatMap(searchTerms))];
}

/**
 * Replaces the stored terms of a client, inside the caller's transaction (the same one that writes the
 * client, so a search never sees a client with stale terms).
 */
export async function writeClientSearchTerms(m: EntityManager, client: SearchableClient & { id: string; partnerId: string | null }, replace = true): Promise<void> {
  if (replace) await m.createQueryBuilder().delete().from('client_search_terms').where('"clientId" = :id', { id: client.id }).execute();
  const rows = clientSearchTerms(client).map((term) => ({ clientId: client.id, term, partnerId: client.partnerId }));
  if (rows.length) await m.createQueryBuilder().insert().into('client_search_terms', ['clientId', 'term', 'partnerId']).values(rows).execute();
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
