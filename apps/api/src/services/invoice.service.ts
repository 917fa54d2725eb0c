// Reading invoices and credit notes (issue 4 writes them). Partners see their clients' only.
import { message, type BillingAccount, type MessageCode } from '@antena/domain';
import { ClientEntity, InvoiceEntity, type InvoiceLineEntity } from '../entities/index.js';
import { visibleClient, visibleInvoice } from './access.js';
import { paginate, readPageArgs, type Page, type PageArgs } from './pagination.js';
import { partnerIdOf, type Scope } from './scope.js';

export class InvoiceService {
  constructor(private readonly scope: Scope) {}

  get(id: string): Promise<InvoiceEntity> {
    return visibleInvoice(this.scope, id);
  }

  /** Newest first (ids are time-ordered). */
  async list(args: PageArgs & { clientId?: string | null; contractId?: string | null }): Promise<Page<InvoiceEntity>> {
    const page = readPageArgs(this.scope.locale, args);
    const qb = this.scope.ds.getRepository(InvoiceEntity).createQueryBuilder('i');
    if (args.clientId) {
      await visibleClient(this.scope, args.clientId);
      qb.andWhere('i.clientId = :clientId', { clientId: args.clientId });
    }
    if (args.contractId) qb.andWhere('i.contractId = :contractId', { contractId: args.contractId });
    const partnerId = partnerIdOf(this.scope);
    if (partnerId) qb.andWhere((sub) => `i.clientId IN ${sub.subQuery().select('c.id').from(ClientEntity, 'c').where('c.partnerId = :partnerId').getQuery()}`, { partnerId });
    const result = await paginate(qb, 'i.id', 'DESC', (i) => i.id, page);
    for (const i of result.nodes) this.scope.loaders.invoice.prime(i.id, i);
    return result;
  }

  lines(invoice: InvoiceEntity): Promise<InvoiceLineEntity[]> {
    return this.scope.loaders.invoiceLines.load(invoice.id);
  }

  /** The account stored when the invoice was issued, with the domain's explanation of it. */
  billingAccount(invoice: InvoiceEntity): BillingAccount {
    return { iban: invoice.billingIban, source: invoice.billingSource, code: invoice.billingCode as BillingAccount['code'], params: invoice.billingParams };
  }

  lineDescription(line: InvoiceLineEntity): string {
    return message(line.code as MessageCode, this.scope.locale, line.params);
  }
}
