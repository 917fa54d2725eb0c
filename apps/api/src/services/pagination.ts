// Relay connections by keyset: rows ordered by one unique column, the cursor is that column's
// value (opaque, base64url). Page size 1..100.
import type { Locale } from '@antena/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs { first?: number | null; after?: string | null }
export interface Edge<T> { cursor: string; node: T }
export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

export function readPageArgs(locale: Locale, args: PageArgs): { first: number; after: string | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(locale, 'first', 'PAGE_SIZE_INVALID', { max: MAX_PAGE_SIZE, value: String(first) });
  }
  if (args.after == null) return { first, after: null };
  const after = Buffer.from(args.after, 'base64url').toString('utf8');
  if (!after || encode(after) !== args.after.replace(/=+$/, '')) throw badInput(locale, 'after', 'CURSOR_INVALID', {});
  return { first, after };
}

/** `column` is an alias-qualified unique column ("c.code"); `key` reads it back from a row. */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>, column: string, direction: 'ASC' | 'DESC', key: (row: T) => string,
  page: { first: number; after: string | null },
): Promise<Page<T>> {
  const totalCount = await qb.clone().getCount();
  const q = qb.clone().orderBy(column, direction).take(page.first + 1);
  if (page.after !== null) q.andWhere(`${column} ${direction === 'ASC' ? '>' : '<'} :__after`, { __after: page.after });
  const rows = page.first === 0 ? [] : await q.getMany();
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encode(key(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: page.first === 0 ? totalCount > 0 && page.after === null : rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Keyset pages ordered by a column that is not unique (a total, a date), ties broken by a unique one,
 * both in `direction`; the cursor holds both values.
 */
export async function paginateBy<T extends ObjectLiteral>(
  locale: Locale, qb: SelectQueryBuilder<T>, direction: 'ASC' | 'DESC',
  order: { column: string; key: (row: T) => string | number }, tie: { column: string; key: (row: T) => string },
  page: { first: number; after: string | null },
): Promise<Page<T>> {
  const totalCount = await qb.clone().getCount();
  const q = qb.clone().orderBy(order.column, direction).addOrderBy(tie.column, direction).take(page.first + 1);
  if (page.after !== null) {
    let parsed: unknown;
    try { parsed = JSON.parse(page.after); } catch { parsed = null; }
    if (!Array.isArray(parsed) || parsed.length !== 2 || !['string', 'number'].includes(typeof parsed[0]) || typeof parsed[1] !== 'string') {
      throw badInput(locale, 'after', 'CURSOR_INVALID', {});
    }
    const op = direction === 'ASC' ? '>' : '<';
    q.andWhere(`(${order.column} ${op} :__order OR (${order.column} = :__order AND ${tie.column} ${op} :__tie))`, { __order: parsed[0], __tie: parsed[1] });
  }
  const rows = page.first === 0 ? [] : await q.getMany();
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encode(JSON.stringify([order.key(node), tie.key(node)])), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: page.first === 0 ? totalCount > 0 && page.after === null : rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
