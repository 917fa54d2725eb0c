// Global search (docs/search.md): clients, contracts and invoices whose identifiers start with what was
// typed, at most `first` of each kind, every lookup an index range scan on SQLite and PostgreSQL.
// Clients: client_search_terms (word-start terms of name, code, tax id, e-mail and IBAN, accents and case
// folded). Contracts and invoices: the start of their number. A partner sees only its own clients' data.
import { validateHitsPerKind, validateSearchTerm } from '@antena/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ClientEntity, ContractEntity, InvoiceEntity } from '../entities/index.js';
import { ClientEntity as Clients, ContractEntity as Contracts, InvoiceEntity as Invoices } from '../entities/index.js';
import { badInput } from '../errors/errors.js';
import { partnerIdOf, type Scope } from './scope.js';

export interface GlobalSearchHits {
  term: string;
  clients: ClientEntity[];
  contracts: ContractEntity[];
  invoices: InvoiceEntity[];
}

/** The smallest string greater than every string that starts with `prefix` (in code point order). */
export function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  return chars.join('') + String.fromCodePoint(next);
}

/** Rounds of the client lookup: each reads a few rows per hit, so several terms of one client do not starve the list. */
const CLIENT_ROUNDS = 4;

export class GlobalSearchService {
  constructor(private readonly scope: Scope) {}

  private get pg(): boolean {
    return this.scope.ds.options.type === 'postgres';
  }

  /** A column compared byte by byte on both databases (the prefix indexes are built that way). */
  private bytes(column: string): string {
    return this.pg ? `${column} COLLATE "C"` : column;
  }

  async search(term: string, first: number | null | undefined): Promise<GlobalSearchHits> {
    const keys = validateSearchTerm(term);
    if (!keys.ok) throw badInput(this.scope.locale, 'term', keys.code, { field: 'term', ...keys.params });
    const n = validateHitsPerKind(first);
    if (!n.ok) throw badInput(this.scope.locale, 'first', n.code, { field: 'first', ...n.params });
    const m = this.scope.ds.manager;
    const [clients, contracts, invoices] = await Promise.all([
      this.clients(m, keys.value, n.value),
      this.numbered<ContractEntity>(m, Contracts, 'k', keys.value, n.value),
      this.numbered<InvoiceEntity>(m, Invoices, 'i', keys.value, n.value),
    ]);
    return { term, clients, contracts, invoices };
  }

  /** Narrows `qb` to `column` starting with one of the keys: one index range per key. */
  private wherePrefix<T extends object>(qb: SelectQueryBuilder<T>, column: string, keys: string[]): void {
    const params: Record<string, string> = {};
    const ranges = keys.map((key, i) => {
      params[`lo${i}`] = key;
      params[`hi${i}`] = prefixEnd(key);
      return `(${this.bytes(column)} >= :lo${i} AND ${this.bytes(column)} < :hi${i})`;
    });
    qb.andWhere(`(${ranges.join(' OR ')})`, params);
  }

  /**
   * Walks client_search_terms in (term, clientId) order from the first matching term, a page of rows at a time,
   * until `first` different clients are found; then loads them in one statement.
   */
  private async clients(m: EntityManager, keys: string[], first: number): Promise<ClientEntity[]> {
    const partnerId = partnerIdOf(this.scope);
    const ids: string[] = [];
    let after: { term: string; clientId: string } | null = null;
    for (let round = 0; round < CLIENT_ROUNDS && ids.length < first; round++) {
      const take = (first - ids.length) * 3 + 1;
      const qb = m.createQueryBuilder().select('t."clientId"', 'clientId').addSelect('t."term"', 'term').from('client_search_terms', 't');
      if (partnerId) qb.andWhere('t."partnerId" = :partnerId', { partnerId });
      this.wherePrefix(qb, 't."term"', keys);
      if (after) qb.andWhere('(t."term" > :afterTerm OR (t."term" = :afterTerm AND t."clientId" > :afterId))', { afterTerm: after.term, afterId: after.clientId });
      const rows = await qb.orderBy('t."term"', 'ASC').addOrderBy('t."clientId"', 'ASC').limit(take).getRawMany<{ clientId: string; term: string }>();
      for (const row of rows) if (!ids.includes(row.clientId) && ids.length < first) ids.push(row.clientId);
      if (rows.length < take) break;
      after = rows[rows.length - 1]!;
    }
    if (ids.length === 0) return [];
    const found = await m.getRepository(Clients).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
    for (const c of found) this.scope.loaders.client.prime(c.id, c);
    const byId = new Map(found.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)).filter((c): c is ClientEntity => c !== undefined);
  }

  /** Contracts or invoices whose number starts with a key (numbers are upper case), in number order. */
  private async numbered<T extends ContractEntity | InvoiceEntity>(m: EntityManager, entity: typeof Contracts | typeof Invoices, alias: string, keys: string[], first: number): Promise<T[]> {
    const qb = m.getRepository(entity).createQueryBuilder(alias) as unknown as SelectQueryBuilder<T>;
    const partnerId = partnerIdOf(this.scope);
    if (partnerId) qb.innerJoin(Clients, 'c', `c.id = ${alias}.clientId AND c.partnerId = :partnerId`, { partnerId });
    this.wherePrefix(qb, `${alias}."number"`, keys.map((k) => k.toUpperCase()));
    return qb.orderBy(this.bytes(`${alias}."number"`), 'ASC').limit(first).getMany();
  }
}
