// Clients whose deletion check (rule 2) is not allowed, as a Relay connection ordered by code.
// The decision is the domain's checkClientDeletion on the same facts Client.deletion uses; SQL
// only drops clients with neither contracts nor invoices, for which the domain has nothing to object.
import { checkClientDeletion } from '@antena/domain';
import { ClientEntity, ContractEntity, InvoiceEntity } from '../entities/index.js';
import { clientFacts } from './deletion-facts.js';
import { readPageArgs, type Page, type PageArgs } from './pagination.js';
import type { Scope } from './scope.js';

/** Clients checked per batch: each batch costs four grouped statements whatever its size. */
export const CHECK_BATCH = 500;

const encode = (code: string) => Buffer.from(code, 'utf8').toString('base64url');

export async function undeletableClients(scope: Scope, args: PageArgs): Promise<Page<ClientEntity>> {
  const page = readPageArgs(scope.locale, args);
  const exists = (entity: Function, alias: string) =>
    `EXISTS ${scope.ds.createQueryBuilder().subQuery().select('1').from(entity, alias).where(`${alias}.clientId = c.id`).getQuery()}`;
  const candidates = await scope.ds.getRepository(ClientEntity).createQueryBuilder('c')
    .where(`(${exists(ContractEntity, 'k')} OR ${exists(InvoiceEntity, 'i')})`)
    .orderBy('c.code', 'ASC')
    .getMany();

  // totalCount needs every candidate checked. The request's loaders batch each slice and keep the
  // facts, so the page's Client.deletion fields are answered from them without another statement.
  const blocked: ClientEntity[] = [];
  for (let i = 0; i < candidates.length; i += CHECK_BATCH) {
    const slice = candidates.slice(i, i + CHECK_BATCH);
    const checks = await Promise.all(slice.map(async (c) => checkClientDeletion(await clientFacts(scope.loaders, c))));
    slice.forEach((c, j) => { if (!checks[j]!.allowed) blocked.push(c); });
  }

  const start = page.after === null ? 0 : blocked.findIndex((c) => c.code > page.after!);
  const rest = start < 0 ? [] : blocked.slice(start);
  const nodes = rest.slice(0, page.first);
  for (const c of nodes) scope.loaders.client.prime(c.id, c);
  const edges = nodes.map((node) => ({ cursor: encode(node.code), node }));
  return {
    edges,
    nodes,
    totalCount: blocked.length,
    pageInfo: {
      hasNextPage: rest.length > nodes.length,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
