// Contracts: create, sign and change the signature (rule 1), terminate (docs/product.md §2), billing account, delete (rule 2).
import {
  billingAccountOf, checkClientWritable, checkContractDeletion, checkSignContract, checkSignatureUpdate, checkTerminateContract, contractActions, todayFrom,
  type AvailableAction, type BillingAccount, type ContractAction, type DeletionCheck,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../db/errors.js';
import { newId } from '../db/ids.js';
import { formatCode, nextSequenceValues } from '../db/sequences.js';
import { inTransaction } from '../db/transaction.js';
import { lockClient } from './lock.js';
import type { FieldChangeValue } from '../entities/audit-entry.entity.js';
import { ContractEntity, SubscriptionEntity, type ClientEntity } from '../entities/index.js';
import { conflict, duplicate, notFound, refused } from '../errors/errors.js';
import { createLoaders } from '../loaders/loaders.js';
import { visibleClient, visibleContract, writable } from './access.js';
import { audit, diff } from './audit.service.js';
import { deleteSubscriptionsOf } from './cascade.js';
import { contractFacts } from './deletion-facts.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

export interface SignContractInput {
  id: string; version: number; signedAt: string; signerName: string; signerTaxId: string; iban: string; mandateReference: string;
}
export interface UpdateContractSignatureInput {
  id: string; version: number; signerName?: string | null; signerTaxId?: string | null; iban?: string | null; mandateReference?: string | null;
}
export interface TerminateContractInput { id: string; version: number; effectiveDate: string }

/** Runs inside the write's transaction, before the conditional UPDATE; throws to refuse. */
type Guard = (m: EntityManager) => Promise<void>;

const SIGNATURE = ['status', 'signedAt', 'signerName', 'signerTaxId', 'iban', 'mandateReference'] as const;

export class ContractService {
  constructor(private readonly scope: Scope) {}

  async get(id: string): Promise<ContractEntity> {
    return (await visibleContract(this.scope, id)).contract;
  }

  async create(clientId: string): Promise<ContractEntity> {
    const { client } = writable(this.scope, { client: await visibleClient(this.scope, clientId) });
    return inTransaction(this.scope.ds, async (m) => {
      const [n] = await nextSequenceValues(m, 'contract');
      const now = this.scope.now.toISOString();
      const contract: ContractEntity = {
        id: newId(), number: formatCode('CT', n!), clientId: client.id, status: 'DRAFT', signedAt: null, signerName: null,
        signerTaxId: null, iban: null, mandateReference: null, version: 1, createdAt: now, updatedAt: now,
      };
      await m.insert(ContractEntity, contract);
      await audit(m, this.scope, [{ entityType: 'Contract', entityId: contract.id, clientId: client.id, action: 'CREATE', changes: diff(null, contract, ['number', 'status']) }]);
      return contract;
    });
  }

  async sign(input: SignContractInput): Promise<ContractEntity> {
    const { contract } = writable(this.scope, await visibleContract(this.scope, input.id));
    const read = new InputReader(this.scope.locale);
    const signature = {
      signedAt: read.date('signedAt', input.signedAt),
      signerName: read.text('signerName', input.signerName, 200),
      signerTaxId: read.taxId('signerTaxId', input.signerTaxId),
      iban: read.iban('iban', input.iban),
      mandateReference: read.mandateReference('mandateReference', input.mandateReference),
    };
    const refusal = checkSignContract(contract);
    if (refusal) throw refused(this.scope.locale, 'input.id', refusal);
    return this.write(contract, input.version, { ...signature, status: 'SIGNED' }, 'SIGN');
  }

  async updateSignature(input: UpdateContractSignatureInput): Promise<ContractEntity> {
    const { contract } = writable(this.scope, await visibleContract(this.scope, input.id));
    const refusal = checkSignatureUpdate(contract);
    if (refusal) throw refused(this.scope.locale, 'input.id', refusal);
    const read = new InputReader(this.scope.locale);
    const changes: Partial<ContractEntity> = {};
    if (input.signerName != null) changes.signerName = read.text('signerName', input.signerName, 200);
    if (input.signerTaxId != null) changes.signerTaxId = read.taxId('signerTaxId', input.signerTaxId);
    if (input.iban != null) changes.iban = read.iban('iban', input.iban);
    if (input.mandateReference != null) changes.mandateReference = read.mandateReference('mandateReference', input.mandateReference);
    return this.write(contract, input.version, changes, 'UPDATE_SIGNATURE');
  }

  /** The effective date has no column of its own: the audit entry of the termination records it. */
  async terminate(input: TerminateContractInput): Promise<ContractEntity> {
    const { contract } = writable(this.scope, await visibleContract(this.scope, input.id));
    const effectiveDate = new InputReader(this.scope.locale).date('effectiveDate', input.effectiveDate);
    // Subscriptions are read in the transaction, so the check sees the states the UPDATE commits with.
    const guard: Guard = async (m) => {
      const subscriptions = await m.findBy(SubscriptionEntity, { contractId: contract.id });
      const refusal = checkTerminateContract(contract, subscriptions, effectiveDate);
      if (refusal) throw refused(this.scope.locale, 'input.id', refusal);
    };
    return this.write(contract, input.version, { status: 'TERMINATED' }, 'TERMINATE', guard, [{ field: 'effectiveDate', from: null, to: effectiveDate }]);
  }

  /** Conditional UPDATE on (id, version); a reused mandate reference is bad input on its field. */
  private async write(
    before: ContractEntity, version: number, changes: Partial<ContractEntity>, action: string, guard?: Guard, noted: FieldChangeValue[] = [],
  ): Promise<ContractEntity> {
    try {
      return await inTransaction(this.scope.ds, async (m) => {
        await guard?.(m);
        if (changes.mandateReference && (await this.mandateTaken(m, changes.mandateReference, before.id))) {
          throw duplicate(this.scope.locale, 'input.mandateReference');
        }
        const result = await m.createQueryBuilder().update(ContractEntity)
          .set({ ...changes, version: () => '"version" + 1', updatedAt: this.scope.now.toISOString() })
          .where('id = :id AND version = :version', { id: before.id, version })
          .execute();
        if (result.affected !== 1) throw conflict(this.scope.locale, 'Contract', before.id, version);
        const after = await m.findOneByOrFail(ContractEntity, { id: before.id });
        await audit(m, this.scope, [{ entityType: 'Contract', entityId: after.id, clientId: after.clientId, action, changes: [...diff(before, after, SIGNATURE), ...noted] }]);
        this.scope.loaders.contract.clear(after.id).prime(after.id, after);
        return after;
      });
    } catch (err) {
      // Two signatures racing for one mandate: the unique index decides, the caller hears which field.
      if (isUniqueViolation(err)) throw duplicate(this.scope.locale, 'input.mandateReference');
      throw err;
    }
  }

  private async mandateTaken(m: EntityManager, mandateReference: string, contractId: string): Promise<boolean> {
    const other = await m.findOneBy(ContractEntity, { mandateReference });
    return !!other && other.id !== contractId;
  }

  async billingAccount(contract: ContractEntity): Promise<BillingAccount> {
    const client = (await this.scope.loaders.client.load(contract.clientId)) as ClientEntity;
    return billingAccountOf({
      contractNumber: contract.number,
      signature: contract.signedAt && contract.iban ? { iban: contract.iban } : null,
      clientIban: client.iban,
    });
  }

  /** Every contract action and why not (the domain's contractActions), judged for today; an archived client locks them all. */
  async availableActions(contract: ContractEntity): Promise<AvailableAction<ContractAction>[]> {
    const [subscriptions, client, deletion] = await Promise.all([
      this.scope.loaders.subscriptionsByContract.load(contract.id), this.scope.loaders.client.load(contract.clientId), this.deletion(contract),
    ]);
    const locked = client ? checkClientWritable(client) : null;
    return contractActions(contract, subscriptions, deletion, todayFrom(this.scope.now), locked);
  }

  async deletion(contract: ContractEntity): Promise<DeletionCheck> {
    return checkContractDeletion(await contractFacts(this.scope.loaders, contract));
  }

  async delete(id: string): Promise<{ deleted: boolean; deletion: DeletionCheck }> {
    const visible = writable(this.scope, await visibleContract(this.scope, id)).contract;
    return inTransaction(this.scope.ds, async (m) => {
      // The client is the aggregate's root: locked first, so a subscription created meanwhile is seen or waits.
      await lockClient(m, visible.clientId);
      const contract = await m.findOneBy(ContractEntity, { id: visible.id });
      if (!contract) throw notFound(this.scope.locale, 'Contract', id);
      const deletion = checkContractDeletion(await contractFacts(createLoaders(m), contract));
      if (!deletion.allowed) return { deleted: false, deletion };
      await deleteSubscriptionsOf(m, [id]);
      await m.delete(ContractEntity, { id });
      await audit(m, this.scope, [{ entityType: 'Contract', entityId: id, clientId: contract.clientId, action: 'DELETE', changes: diff(contract, {}, ['number', 'status']) }]);
      return { deleted: true, deletion };
    });
  }
}
