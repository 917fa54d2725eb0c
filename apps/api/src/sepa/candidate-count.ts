// How many invoices a remittance preview would go through, counted before walking them (docs/sepa.md "Previews
// as jobs"): one COUNT on the invoices' indexes, the same conditions as sepa-facts.ts's candidateIds (a test holds
// the two equal for every filter), so remittancePreview can refuse a base too big for the request path.
import type { EntityManager } from 'typeorm';
import { InvoiceEntity } from '../entities/index.js';
import type { RemittanceFilter } from './sepa-facts.js';

export async function countCandidates(m: EntityManager, filter: RemittanceFilter): Promise<number> {
  const q = m.createQueryBuilder(InvoiceEntity, 'i').where("i.kind = 'INVOICE'").andWhere("i.status IN ('ISSUED', 'RETURNED')");
  if (filter.clientId) q.andWhere('i.clientId = :clientId', { clientId: filter.clientId });
  if (filter.contractId) q.andWhere('i.contractId = :contractId', { contractId: filter.contractId });
  if (filter.issuedUpTo) q.andWhere('i.issueDate <= :upTo', { upTo: filter.issuedUpTo });
  return q.getCount();
}
