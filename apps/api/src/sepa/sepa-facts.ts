// Gathers in bulk what the SEPA rules read (docs/sepa.md "Remittances"; the facts-reader pattern of
// services/deletion-facts.ts): candidate invoices with their contract signature, open debits, each
// signature's debit history and returns, and its IBAN/mandate changes from the audit trail.
import {
  mandateBlockOf, remittanceEligibility, type DebitCandidate, type Eligibility, type MandateBlock, type PresentedDebit,
  type RecordedReturn, type SignatureChange, type SignatureHistory,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity, ClientEntity, ContractEntity, InvoiceEntity } from '../entities/index.js';
import type { FieldChangeValue } from '../entities/audit-entry.entity.js';
import { RemittanceEntity, SepaDebitEntity } from './sepa.entities.js';

export interface RemittanceFilter { clientId?: string | null; contractId?: string | null; issuedUpTo?: string | null }

export interface CandidateRow {
  invoiceId: string; invoiceNumber: string; kind: 'INVOICE' | 'CREDIT_NOTE'; status: 'ISSUED' | 'PAID' | 'RETURNED'; totalCents: number;
  issueDate: string; periodStart: string; periodEnd: string; clientId: string; clientName: string; contractId: string; contractNumber: string;
  signedAt: string | null; iban: string | null; mandateReference: string | null; signerName: string | null;
}

interface DebitHistoryRow {
  invoiceId: string; invoiceNumber: string; contractId: string; status: string; iban: string; mandateReference: string;
  returnReasonCode: string | null; returnedOn: string | null; returnedAt: string | null; reference: string; createdAt: string;
}

export interface ContractSepaFacts { history: SignatureHistory; returns: RecordedReturn[] }

export interface SepaFacts {
  candidates: CandidateRow[];
  openRemittanceOf: Map<string, string>;
  attemptsOf: Map<string, number>;
  lastReturnOf: Map<string, string>;
  contracts: Map<string, ContractSepaFacts>;
}

const number = (v: unknown) => Number(v);

/** The candidate invoice ids in (contract, number) order: one sorted read, then the slices load by id. */
export async function candidateIds(m: EntityManager, filter: RemittanceFilter): Promise<string[]> {
  const q = m.createQueryBuilder(InvoiceEntity, 'i').select('i.id', 'id')
    .where("i.kind = 'INVOICE'").andWhere("i.status IN ('ISSUED', 'RETURNED')");
  if (filter.clientId) q.andWhere('i.clientId = :clientId', { clientId: filter.clientId });
  if (filter.contractId) q.andWhere('i.contractId = :contractId', { contractId: filter.contractId });
  if (filter.issuedUpTo) q.andWhere('i.issueDate <= :upTo', { upTo: filter.issuedUpTo });
  return (await q.orderBy('i.contractId', 'ASC').addOrderBy('i.number', 'ASC').getRawMany<{ id: string }>()).map((r) => r.id);
}

/** One slice of candidates (by id, from candidateIds) and the facts of their contracts only, so memory stays bounded. */
export async function loadSepaFacts(m: EntityManager, ids: readonly string[]): Promise<SepaFacts> {
  const q = m.createQueryBuilder(InvoiceEntity, 'i')
    .innerJoin(ContractEntity, 'c', 'c.id = i.contractId')
    .innerJoin(ClientEntity, 'cl', 'cl.id = i.clientId')
    .select('i.id', 'invoiceId').addSelect('i.number', 'invoiceNumber').addSelect('i.kind', 'kind').addSelect('i.status', 'status')
    .addSelect('i.totalCents', 'totalCents').addSelect('i.issueDate', 'issueDate').addSelect('i.periodStart', 'periodStart').addSelect('i.periodEnd', 'periodEnd')
    .addSelect('i.clientId', 'clientId').addSelect('cl.name', 'clientName').addSelect('i.contractId', 'contractId').addSelect('c.number', 'contractNumber')
    .addSelect('c.signedAt', 'signedAt').addSelect('c.iban', 'iban').addSelect('c.mandateReference', 'mandateReference').addSelect('c.signerName', 'signerName')
    .where('i.id IN (:...ids)', { ids });
  const candidates = (await q.getRawMany<CandidateRow>()).map((r) => ({ ...r, totalCents: number(r.totalCents) }));
  const contractIds = [...new Set(candidates.map((c) => c.contractId))];
  if (contractIds.length === 0) return { candidates, openRemittanceOf: new Map(), attemptsOf: new Map(), lastReturnOf: new Map(), contracts: new Map() };

  // Every debit of these contracts: history, attempts, open remittances and returns.
  const dq = m.createQueryBuilder(SepaDebitEntity, 'd').innerJoin(RemittanceEntity, 'r', 'r.id = d.remittanceId')
    .select('d.invoiceId', 'invoiceId')
    .addSelect('r.reference', 'reference').addSelect('r.createdAt', 'createdAt')
    .where('d.contractId IN (:...contractIds)', { contractIds });
  for (const c of ['invoiceNumber', 'contractId', 'status', 'iban', 'mandateReference', 'returnReasonCode', 'returnedOn', 'returnedAt']) dq.addSelect(`d.${c}`, c);
  const debits = await dq.getRawMany<DebitHistoryRow>();

  const openRemittanceOf = new Map<string, string>();
  const attemptsOf = new Map<string, number>();
  const lastReturnOf = new Map<string, { code: string; at: string }>();
  const contracts = new Map<string, ContractSepaFacts>();
  const factsOf = (contractId: string) => {
    let f = contracts.get(contractId);
    if (!f) contracts.set(contractId, (f = { history: { presented: [], changes: [] }, returns: [] }));
    return f;
  };
  for (const d of debits) {
    if (d.status === 'PENDING') openRemittanceOf.set(d.invoiceId, d.reference);
    attemptsOf.set(d.invoiceId, (attemptsOf.get(d.invoiceId) ?? 0) + 1);
    const f = factsOf(d.contractId);
    (f.history.presented as PresentedDebit[]).push({ presentedAt: d.createdAt, returned: d.status === 'RETURNED' });
    if (d.status === 'RETURNED' && d.returnReasonCode && d.returnedOn) {
      f.returns.push({ reasonCode: d.returnReasonCode, returnedOn: d.returnedOn, iban: d.iban, mandateReference: d.mandateReference, invoiceNumber: d.invoiceNumber });
      const prev = lastReturnOf.get(d.invoiceId);
      if (!prev || (d.returnedAt ?? '') > prev.at) lastReturnOf.set(d.invoiceId, { code: d.returnReasonCode, at: d.returnedAt ?? '' });
    }
  }
  if (contracts.size > 0) {
    // The signature's IBAN and mandate changes, from its audit trail (contract.service writes UPDATE_SIGNATURE).
    const audits = await m.createQueryBuilder(AuditEntryEntity, 'a').select('a.entityId', 'entityId').addSelect('a.changes', 'changes').addSelect('a.at', 'at')
      .where("a.entityType = 'Contract' AND a.action = 'UPDATE_SIGNATURE'")
      .andWhere('a.entityId IN (:...withDebits)', { withDebits: [...contracts.keys()] })
      .getRawMany<{ entityId: string; changes: string; at: string }>();
    for (const a of audits) {
      const f = contracts.get(a.entityId);
      if (!f) continue;
      for (const c of JSON.parse(a.changes) as FieldChangeValue[]) {
        if (c.field === 'iban' || c.field === 'mandateReference') {
          (f.history.changes as SignatureChange[]).push({ at: a.at, field: c.field, from: c.from == null ? null : String(c.from), to: c.to == null ? null : String(c.to) });
        }
      }
    }
  }
  return { candidates, openRemittanceOf, attemptsOf, lastReturnOf: new Map([...lastReturnOf].map(([k, v]) => [k, v.code])), contracts };
}

export function mandateBlockFor(facts: SepaFacts, row: Pick<CandidateRow, 'contractId' | 'iban' | 'mandateReference'>): MandateBlock | null {
  const f = facts.contracts.get(row.contractId);
  if (!f || !row.iban || !row.mandateReference) return null;
  return mandateBlockOf(f.returns, { iban: row.iban, mandateReference: row.mandateReference });
}

export interface Sorted { included: { row: CandidateRow; candidate: DebitCandidate }[]; excluded: { row: CandidateRow; eligibility: Extract<Eligibility, { eligible: false }> }[] }

/** Runs the domain's eligibility on every candidate. */
export function sortCandidates(facts: SepaFacts, collectionDate: string, daysBetweenIssueAndCollection: number): Sorted {
  const out: Sorted = { included: [], excluded: [] };
  for (const row of facts.candidates) {
    const signature = row.signedAt && row.iban && row.mandateReference ? { iban: row.iban, mandateReference: row.mandateReference } : null;
    const e = remittanceEligibility({
      invoiceId: row.invoiceId, invoiceNumber: row.invoiceNumber, kind: row.kind, status: row.status, totalCents: row.totalCents, issueDate: row.issueDate,
      contractNumber: row.contractNumber, signature, openRemittance: facts.openRemittanceOf.get(row.invoiceId) ?? null,
      lastReturnCode: facts.lastReturnOf.get(row.invoiceId) ?? null, mandateBlock: signature ? mandateBlockFor(facts, row) : null,
      previousAttempts: facts.attemptsOf.get(row.invoiceId) ?? 0,
    }, { collectionDate, daysBetweenIssueAndCollection });
    if (!e.eligible) { out.excluded.push({ row, eligibility: e }); continue; }
    out.included.push({
      row,
      candidate: {
        invoiceId: row.invoiceId, invoiceNumber: row.invoiceNumber, totalCents: row.totalCents, contractId: row.contractId, contractNumber: row.contractNumber,
        signature: { iban: row.iban!, mandateReference: row.mandateReference!, signedAt: row.signedAt! }, previousAttempts: facts.attemptsOf.get(row.invoiceId) ?? 0, retry: e.retry,
      },
    });
  }
  return out;
}

export const historyOf = (facts: SepaFacts) => (contractId: string): SignatureHistory => facts.contracts.get(contractId)?.history ?? { presented: [], changes: [] };
