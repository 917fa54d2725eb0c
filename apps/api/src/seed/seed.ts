// Loads the demo data into an empty database: bulk inserts, one transaction.
import type { DataSource } from 'typeorm';
import { newId } from '../db/ids.js';
import { nextSequenceValues } from '../db/sequences.js';
import { inTransaction } from '../db/transaction.js';
import { clientSearchText, writeClientSearchTerms } from '../services/client-search.js';
import {
  AdditionalAmountEntity, AuditEntryEntity, BonusEntity, ClientEntity, ContractEntity, PartnerEntity, SequenceEntity,
  SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity,
} from '../entities/index.js';
import * as demo from './demo-data.js';

/** Seeds only when there is no client yet; returns whether it did. */
export async function seedDemoData(ds: DataSource, now = new Date()): Promise<boolean> {
  if ((await ds.getRepository(ClientEntity).count()) > 0) return false;
  const at = now.toISOString();
  const stamped = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, createdAt: at }));
  const last = <T>(xs: T[]) => xs[xs.length - 1]!;
  await inTransaction(ds, async (m) => {
    const insert = async (entity: Function, rows: object[]) => {
      if (rows.length) await m.createQueryBuilder().insert().into(entity).values(rows).execute();
    };
    await insert(PartnerEntity, stamped(demo.partners));
    await insert(TariffEntity, stamped(demo.tariffs));
    await insert(ClientEntity, demo.clients.map((c) => ({ ...c, searchText: clientSearchText(c), version: 1, createdAt: at, updatedAt: at })));
    for (const c of demo.clients) await writeClientSearchTerms(m, c, false);
    await insert(ContractEntity, demo.contracts.map((c) => ({ ...c, version: 1, createdAt: at, updatedAt: at })));
    await insert(SubscriptionEntity, demo.subscriptions.map((s) => ({
      id: s.id, contractId: s.contractId, billingStartDate: s.billingStartDate, state: last(s.states)[0], tariffId: last(s.tariffs)[0], createdAt: at,
    })));
    // Timeline entries take their order from the 'timeline' counter (docs/billing.md "Timelines").
    const seqs = await nextSequenceValues(m, 'timeline', demo.subscriptions.reduce((n, s) => n + s.states.length + s.tariffs.length, 0));
    let k = 0;
    await insert(SubscriptionStateChangeEntity, demo.subscriptions.flatMap((s) =>
      s.states.map(([state, effectiveDate]) => ({ id: newId(), subscriptionId: s.id, state, effectiveDate, createdAt: at, seq: seqs[k++] }))));
    await insert(SubscriptionTariffChangeEntity, demo.subscriptions.flatMap((s) =>
      s.tariffs.map(([tariffId, effectiveDate]) => ({ id: newId(), subscriptionId: s.id, tariffId, effectiveDate, createdAt: at, seq: seqs[k++] }))));
    await insert(BonusEntity, stamped(demo.bonuses).map((b) => ({ ...b, version: 1 })));
    await insert(AdditionalAmountEntity, stamped(demo.additionalAmounts).map((a) => ({ ...a, version: 1 })));
    // The profile IBAN change after signing, as the audit trail would have recorded it (rule 1).
    await insert(AuditEntryEntity, [{
      id: newId(), actorType: 'SYSTEM', actorId: null, actorName: 'seed', entityType: 'Client', entityId: 'c-garcia', clientId: 'c-garcia',
      action: 'UPDATE', changes: [{ field: 'iban', from: 'ES9121000418450200051332', to: 'ES7921000813610123456789' }], at,
    }]);
    await m.update(SequenceEntity, { name: 'client' }, { nextValue: demo.clients.length + 1 });
    await m.update(SequenceEntity, { name: 'contract' }, { nextValue: demo.contracts.length + 1 });
  });
  return true;
}
