// verifactuChain (docs/verifactu.md, "Verifying"): reads every record in chain order, a page at a time, and
// lets the domain recompute each hash with the hash of the record before it.
import { chainVerifier, type ChainVerification } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { nativeSha256 } from './hash.js';
import { VerifactuRecordEntity } from './verifactu.entities.js';

const PAGE = 5000;
// Not previousHash: the link is the record before (docs/verifactu.md, "Tables"), so each hash is recomputed with the hash of the record read before it.
const COLUMNS = ['r.position', 'r.kind', 'r.issuerNif', 'r.number', 'r.issueDate', 'r.invoiceType', 'r.taxTotal', 'r.total', 'r.generatedAt', 'r.hash'];

export async function verifyStoredChain(m: EntityManager): Promise<ChainVerification & { breakCount: number }> {
  const v = chainVerifier(nativeSha256);
  let after = 0;
  for (;;) {
    const page = await m.createQueryBuilder(VerifactuRecordEntity, 'r').select(COLUMNS)
      .where('r.position > :after', { after }).orderBy('r.position', 'ASC').limit(PAGE).getMany();
    for (const { previousHash: _implied, ...r } of page) v.add(r);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.position;
  }
  return v.result();
}
