// SEPA direct debits of one request (docs/sepa.md): creditor settings, remittance preview and creation,
// the XML stream, settlement and bank-return imports. Admin only (the resolvers and route check it).
import {
  checkCollectionDate, checkInlineRemittancePreview, explain, isDateOnly, mandateBlockOf, planRemittance, PAIN_FORMATS, returnPolicy, validateBic, validateCreditorId, validateInitiatingPartyId,
  type MandateBlock, type PainFormat, type Refusal, type RemittancePlan, type SepaValidation, type SequenceType,
} from '@antena/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { applyPaymentStatuses, type PaymentChange } from '../billing/payment-status.js';
import { bulkInsert } from '../billing/bulk-insert.js';
import { isUniqueViolation } from '../db/errors.js';
import { newId } from '../db/ids.js';
import { nextSequenceValues } from '../db/sequences.js';
import { openReader } from '../db/read-ahead.js';
import { inTransaction } from '../db/transaction.js';
import { auditActor } from '../auth/actor.js';
import { AdditionalAmountEntity, ContractEntity, InvoiceEntity, SubscriptionEntity } from '../entities/index.js';
import { badInput, conflict, notFound, refused } from '../errors/errors.js';
import { visibleInvoice } from '../services/access.js';
import { audit, diff } from '../services/audit.service.js';
import { InputReader } from '../services/input.js';
import type { Scope } from '../services/scope.js';
import { queueJob, type BackgroundJobEntity } from '../jobs/background.js';
import type { ReturnRow } from './return-parser.js';
import type { RemittanceJobParams } from './remittance-job.js';
import type { RemittancePreviewJobParams } from './remittance-preview-job.js';
import { batchLimits } from '../billing/batch-limits.js';
import { countCandidates } from './candidate-count.js';
import { candidateIds, historyOf, loadSepaFacts, sortCandidates, type CandidateRow, type RemittanceFilter, type SepaFacts, type Sorted } from './sepa-facts.js';
import { RemittanceEntity, SEPA_SETTINGS_ID, SepaDebitEntity, SepaSettingsEntity, type RemittanceGroup } from './sepa.entities.js';
import { remittanceXml, XML_COLUMNS, type XmlDebit } from './xml-writer.js';

export interface SepaSettingsInput {
  creditorName?: string | null; creditorId?: string | null; initiatingPartyId?: string | null; iban?: string | null; bic?: string | null;
  painFormat?: string | null; daysBetweenIssueAndCollection?: number | null; returnFeeEnabled?: boolean | null; returnFeeCents?: number | null; returnFeeVatRate?: number | null;
}

export interface PreviewDebit {
  invoiceId: string; invoiceNumber: string; clientId: string; clientName: string; contractId: string; contractNumber: string; amountCents: number;
  endToEndId: string; sequenceType: string; iban: string; mandateReference: string; previousIban: string | null; previousMandateReference: string | null; reasons: Refusal[];
}
export interface PreviewExclusion { invoiceId: string; invoiceNumber: string; clientId: string; clientName: string; totalCents: number; reason: Refusal }
export interface RemittancePreview {
  collectionDate: string; painFormat: PainFormat; count: number; sumCents: number; groups: RemittanceGroup[];
  debits: PreviewDebit[]; excludedCount: number; excluded: PreviewExclusion[]; excludedByReason: { code: string; count: number }[];
}

export type ReturnRowOutcome = 'APPLIED' | 'ALREADY_APPLIED' | 'UNMATCHED' | 'NOT_A_RETURN' | 'NOT_APPLICABLE';
export interface ReturnRowReport { endToEndId: string; reasonCode: string | null; returnedOn: string | null; outcome: ReturnRowOutcome; invoiceId: string | null; invoiceNumber: string | null; note: Refusal | null; fee: boolean }
export interface ReturnImportReport { format: string; rowCount: number; applied: number; alreadyApplied: number; unmatched: number; ignored: number; rows: ReturnRowReport[] }

interface MatchedDebit {
  id: string; endToEndId: string; status: string; invoiceId: string; invoiceNumber: string; contractId: string; clientId: string;
  invoiceKind: InvoiceEntity['kind']; invoiceStatus: InvoiceEntity['status'];
}

export const PREVIEW_LIST_MAX = 1000;
const PAGE = 2000;
/** EndToEndIds matched per page of a return import (two keyed reads), and the rows applied together. */
export const RETURN_PAGE = 2000;
/**
 * Candidates per slice when a remittance is previewed or created: each slice is one read of its invoices, one of
 * their contracts' debit history, one of their signature changes, and one insert of its debits, so memory is
 * bounded by the slice, not by the remittance.
 */
export const REMITTANCE_SLICE = 500;

export interface SepaServiceOptions {
  /** Candidates per slice (REMITTANCE_SLICE unless given; the tests pass a small one to cross slice boundaries). */
  slice?: number;
  /** EndToEndIds per page of a return import (RETURN_PAGE unless given; the tests pass a small one to cross pages). */
  returnPage?: number;
}

/** Counts and sums of a remittance, per payment block (FRST first), added up slice by slice. */
class Totals {
  count = 0;
  sumCents = 0;
  private readonly by = new Map<SequenceType, RemittanceGroup>();
  constructor(private readonly collectionDate: string) {}
  add(plan: RemittancePlan): void {
    this.count += plan.count;
    this.sumCents += plan.sumCents;
    for (const g of plan.groups) {
      const t = this.by.get(g.sequenceType) ?? { collectionDate: this.collectionDate, sequenceType: g.sequenceType, count: 0, sumCents: 0 };
      t.count += g.count;
      t.sumCents += g.sumCents;
      this.by.set(g.sequenceType, t);
    }
  }
  groups(): RemittanceGroup[] {
    return (['FRST', 'RCUR'] as const).flatMap((s) => (this.by.has(s) ? [this.by.get(s)!] : []));
  }
}
const MAX_DAYS = 60;

/**
 * PostgreSQL plans the reads of sepa_debits (a slice's contract history, the file's pages, a return file's matches)
 * from the table's statistics, and autovacuum only ever analyzes committed rows. A remittance that at least doubles
 * the table would leave them stale (an empty table has no column statistics at all, so each history read became a
 * sequential scan of the growing table): it analyzes the table at its end, for the reads after it, and after its
 * first slice when the history is read inside its own transaction (a history read ahead on a connection of its own
 * sees neither the transaction's rows nor its statistics). Only the columns reads filter on are analyzed: the
 * sample is the same, the per-column work a third. SQLite needs none of this (its planner uses the indexes without
 * statistics).
 */
class DebitStatistics {
  private analyzed = false;
  private constructor(private readonly m: EntityManager, private readonly rows: number | null) {}

  static async of(m: EntityManager): Promise<DebitStatistics> {
    if (m.connection.options.type !== 'postgres') return new DebitStatistics(m, null);
    const [row] = (await m.query(`SELECT GREATEST(reltuples, 0)::float8 AS "rows" FROM pg_class WHERE oid = 'sepa_debits'::regclass`)) as { rows: number }[];
    return new DebitStatistics(m, Number(row?.rows ?? 0));
  }

  private grows(candidates: number, slice: number): boolean {
    return this.rows !== null && candidates > slice && candidates >= this.rows;
  }

  private analyze(): Promise<unknown> {
    return this.m.query('ANALYZE "sepa_debits" ("remittanceId", "position", "sequenceType", "endToEndId", "contractId", "invoiceId", "status")');
  }

  /** After a slice's insert, when the next slices read their history in this transaction: once, if the remittance grows the table. */
  async afterInsert(candidates: number, slice: number, ahead: boolean): Promise<void> {
    if (ahead || this.analyzed || !this.grows(candidates, slice)) return;
    this.analyzed = true;
    await this.analyze();
  }

  async atEnd(candidates: number, slice: number): Promise<void> {
    if (this.grows(candidates, slice)) await this.analyze();
  }
}

interface ToApply { row: ReturnRow; debit: MatchedDebit; invoice: PaymentChange['invoice'] }

/**
 * The debits a return file names, by EndToEndId, a page (RETURN_PAGE ids) at a time, with their invoices' kind and status:
 * only the columns the rules read, two keyed reads per page, no entity hydration (joined, PostgreSQL hashed the whole
 * invoices table for every page). On PostgreSQL the pages are read one after another on a connection of their own
 * (db/read-ahead.ts) while the import's transaction writes the pages already matched: the server works on both at
 * once. Either way every page reads what was committed before the import wrote anything, as when every read came
 * first; SQLite, which has one connection, still reads them all first, and so does an import while another long
 * transaction holds the reading connection.
 */
const LOADED: Promise<MatchedDebit[]> = Promise.resolve([]);

class ReturnMatches {
  readonly debitOf = new Map<string, MatchedDebit>();
  loaded = -1;
  private closed: Promise<void> | null = null;
  /**
   * @param readAhead whether the pages are being read on their own connection: then the rows matched so far are
   *   written before the next page is taken in; otherwise every page is read already and the rows are written at the end.
   */
  private constructor(private readonly pages: Promise<MatchedDebit[]>[], private readonly release: () => Promise<void>, readonly readAhead: boolean) {}

  static async open(ds: DataSource, m: EntityManager, ids: readonly string[], size: number): Promise<ReturnMatches> {
    const starts: number[] = [];
    for (let i = 0; i < ids.length; i += size) starts.push(i);
    const reader = await openReader(ds, m);
    if (!reader.ahead) {
      const pages: Promise<MatchedDebit[]>[] = [];
      for (const i of starts) pages.push(Promise.resolve(await ReturnMatches.read(m, ids.slice(i, i + size))));
      return new ReturnMatches(pages, async () => undefined, false);
    }
    let previous: Promise<unknown> = Promise.resolve();
    const pages = starts.map((i) => {
      const page = previous.then(() => ReturnMatches.read(reader.manager, ids.slice(i, i + size)));
      page.catch(() => undefined); // awaited by load(); after a failure the pages behind it are not read
      previous = page;
      return page;
    });
    return new ReturnMatches(pages, async () => {
      await Promise.allSettled(pages);
      await reader.release();
    }, true);
  }

  private static async read(m: EntityManager, ids: string[]): Promise<MatchedDebit[]> {
    const q = m.createQueryBuilder(SepaDebitEntity, 'd').select('d.id', 'id').where('d.endToEndId IN (:...ids)', { ids });
    for (const c of ['endToEndId', 'status', 'invoiceId', 'invoiceNumber', 'contractId', 'clientId']) q.addSelect(`d.${c}`, c);
    const debits = await q.getRawMany<Omit<MatchedDebit, 'invoiceKind' | 'invoiceStatus'>>();
    if (debits.length === 0) return [];
    const invoices = await m.createQueryBuilder(InvoiceEntity, 'i').select('i.id', 'id').addSelect('i.kind', 'kind').addSelect('i.status', 'status')
      .where('i.id IN (:...ids)', { ids: [...new Set(debits.map((d) => d.invoiceId))] }).getRawMany<Pick<InvoiceEntity, 'id' | 'kind' | 'status'>>();
    const invoiceOf = new Map(invoices.map((x) => [x.id, x]));
    const out: MatchedDebit[] = [];
    for (const d of debits) {
      const x = invoiceOf.get(d.invoiceId);
      if (x) out.push({ ...d, invoiceKind: x.kind, invoiceStatus: x.status });
    }
    return out;
  }

  /** Pages up to `page` (each page's debits join debitOf). */
  async load(page: number): Promise<void> {
    while (this.loaded < page && this.loaded + 1 < this.pages.length) {
      const i = ++this.loaded;
      for (const d of await this.pages[i]!) this.debitOf.set(d.endToEndId, d);
      this.pages[i] = LOADED;
    }
  }

  /** Waits for the reads still running, then gives their connection back and forgets the matches (once). */
  close(): Promise<void> {
    this.debitOf.clear();
    this.closed ??= this.release();
    return this.closed;
  }
}

export function loadSepaSettings(m: EntityManager): Promise<SepaSettingsEntity> {
  return m.findOneByOrFail(SepaSettingsEntity, { id: SEPA_SETTINGS_ID });
}

export class SepaService {
  private readonly slice: number;
  private readonly returnPage: number;
  constructor(private readonly scope: Scope, options: SepaServiceOptions = {}) {
    this.slice = options.slice ?? REMITTANCE_SLICE;
    this.returnPage = options.returnPage ?? RETURN_PAGE;
    if (!Number.isInteger(this.slice) || this.slice < 1) throw new RangeError(`slice must be a positive integer, got ${this.slice}`);
    if (!Number.isInteger(this.returnPage) || this.returnPage < 1) throw new RangeError(`returnPage must be a positive integer, got ${this.returnPage}`);
  }

  settings(): Promise<SepaSettingsEntity> {
    return loadSepaSettings(this.scope.ds.manager);
  }

  private take<T>(field: string, v: SepaValidation<T>): T {
    if (v.ok) return v.value;
    throw badInput(this.scope.locale, `input.${field}`, v.code, { field, ...v.params });
  }

  async updateSettings(input: SepaSettingsInput): Promise<SepaSettingsEntity> {
    const read = new InputReader(this.scope.locale);
    const changes: Partial<SepaSettingsEntity> = {};
    if (input.creditorName != null) changes.creditorName = read.text('creditorName', input.creditorName, 70);
    if (input.creditorId != null) changes.creditorId = this.take('creditorId', validateCreditorId(input.creditorId)).creditorId;
    if (input.initiatingPartyId != null) changes.initiatingPartyId = this.take('initiatingPartyId', validateInitiatingPartyId(input.initiatingPartyId));
    if (input.iban != null) changes.iban = read.iban('iban', input.iban);
    if (input.bic !== undefined) changes.bic = input.bic === null || input.bic.trim() === '' ? null : this.take('bic', validateBic(input.bic));
    if (input.painFormat != null) {
      if (!PAIN_FORMATS.includes(input.painFormat as PainFormat)) throw badInput(this.scope.locale, 'input.painFormat', 'SEPA_PAIN_FORMAT_INVALID', { value: input.painFormat });
      changes.painFormat = input.painFormat as PainFormat;
    }
    if (input.daysBetweenIssueAndCollection != null) {
      const d = input.daysBetweenIssueAndCollection;
      if (!Number.isInteger(d) || d < 0 || d > MAX_DAYS) throw badInput(this.scope.locale, 'input.daysBetweenIssueAndCollection', 'SEPA_COLLECTION_DAYS_INVALID', { max: MAX_DAYS });
      changes.daysBetweenIssueAndCollection = d;
    }
    if (input.returnFeeEnabled != null) changes.returnFeeEnabled = input.returnFeeEnabled;
    if (input.returnFeeCents != null) changes.returnFeeCents = read.cents('returnFeeCents', input.returnFeeCents);
    if (input.returnFeeVatRate != null) changes.returnFeeVatRate = read.vatRate('returnFeeVatRate', input.returnFeeVatRate);
    return inTransaction(this.scope.ds, async (m) => {
      const before = await loadSepaSettings(m);
      const after = { ...before, ...changes, updatedAt: this.scope.now.toISOString() };
      await m.update(SepaSettingsEntity, { id: SEPA_SETTINGS_ID }, { ...changes, updatedAt: after.updatedAt });
      await audit(m, this.scope, [{
        entityType: 'SepaSettings', entityId: String(SEPA_SETTINGS_ID), clientId: null, action: 'UPDATE',
        changes: diff(before, after, ['creditorName', 'creditorId', 'initiatingPartyId', 'iban', 'bic', 'painFormat', 'daysBetweenIssueAndCollection', 'returnFeeEnabled', 'returnFeeCents', 'returnFeeVatRate']),
      }]);
      return after;
    });
  }

  private readDate(collectionDate: string): string {
    if (!isDateOnly(collectionDate)) throw badInput(this.scope.locale, 'collectionDate', 'DATE_INVALID', { value: collectionDate });
    const refusal = checkCollectionDate(collectionDate, this.scope.today);
    if (refusal) throw refused(this.scope.locale, 'collectionDate', refusal);
    return collectionDate;
  }

  /**
   * Loads the facts and runs the rules slice by slice (`slice` candidates, in contract order), handing each slice's
   * debits and exclusions to `onSlice`: memory stays bounded however many invoices take part. On PostgreSQL the facts
   * of the next slice are read on a connection of their own (db/read-ahead.ts) while this one is planned and written
   * (`ahead`): they are committed rows that the creation does not write, and a contract cut by two slices continues
   * through `seen`, not through the debits just written.
   */
  private async eachSlice(
    m: EntityManager, collectionDate: string, filter: RemittanceFilter, settings: SepaSettingsEntity,
    onSlice: (slice: { plan: RemittancePlan; rowOf: Map<string, CandidateRow>; excluded: Sorted['excluded']; candidates: number; ahead: boolean }) => Promise<void>,
  ): Promise<void> {
    const seen = new Set<string>();
    const ids = await candidateIds(m, filter);
    const starts: number[] = [];
    for (let i = 0; i < ids.length; i += this.slice) starts.push(i);
    const reader = await openReader(this.scope.ds, m);
    const read = (i: number) => loadSepaFacts(reader.manager, ids.slice(i, i + this.slice));
    let next: Promise<SepaFacts> | null = null;
    try {
      for (const [n, i] of starts.entries()) {
        const facts = await (next ?? read(i));
        next = null;
        if (reader.ahead && n + 1 < starts.length) {
          next = read(starts[n + 1]!);
          next.catch(() => undefined); // awaited by the next turn, or below when this one fails
        }
        // Candidates are in contract order: only the slice's first signature can continue from the previous one.
        const first = facts.candidates.reduce<string | null>((min, c) => (min === null || c.contractId < min ? c.contractId : min), null);
        for (const id of [...seen]) if (id !== first) seen.delete(id);
        const sorted = sortCandidates(facts, collectionDate, settings.daysBetweenIssueAndCollection);
        const plan = planRemittance(sorted.included.map((x) => x.candidate), historyOf(facts), collectionDate, seen);
        await onSlice({ plan, rowOf: new Map(sorted.included.map((x) => [x.row.invoiceId, x.row])), excluded: sorted.excluded, candidates: ids.length, ahead: reader.ahead });
      }
    } finally {
      await next?.catch(() => undefined);
      await reader.release();
    }
  }

  private previewLimit(limit: number): number {
    if (!Number.isInteger(limit) || limit < 0 || limit > PREVIEW_LIST_MAX) throw badInput(this.scope.locale, 'limit', 'PAGE_SIZE_INVALID', { max: PREVIEW_LIST_MAX });
    return limit;
  }

  /**
   * `remittancePreview`. On the request path it first counts the candidates and refuses more than
   * `remittancePreviewInlineMaxInvoices` (billing/batch-limits.ts) with SEPA_PREVIEW_TOO_LARGE, its remedy the queued
   * preview (`queuePreview`). The REMITTANCE_PREVIEW job (remittance-preview-job.ts) passes `job`: no bound, and
   * progress after every slice (candidates gone through, of all).
   */
  async preview(collectionDate: string, filter: RemittanceFilter, limit = 100, options: { job?: { progress(done: number, total: number): Promise<void> } } = {}): Promise<RemittancePreview> {
    this.previewLimit(limit);
    const date = this.readDate(collectionDate);
    const m = this.scope.ds.manager;
    if (!options.job) {
      const refusal = checkInlineRemittancePreview({ collectionDate: date, candidates: await countCandidates(m, filter), max: batchLimits(this.scope.limits).remittancePreviewInlineMaxInvoices });
      if (refusal) throw refused(this.scope.locale, 'filter', refusal);
    }
    let slices = 0;
    const settings = await loadSepaSettings(m);
    const totals = new Totals(date);
    const byReason = new Map<string, number>();
    const debits: PreviewDebit[] = [];
    const excluded: PreviewExclusion[] = [];
    let excludedCount = 0;
    await this.eachSlice(m, date, filter, settings, async ({ plan, rowOf, excluded: out, candidates }) => {
      totals.add(plan);
      for (const d of plan.debits) {
        if (debits.length >= limit) break;
        const row = rowOf.get(d.invoiceId)!;
        debits.push({
          invoiceId: d.invoiceId, invoiceNumber: d.invoiceNumber, clientId: row.clientId, clientName: row.clientName, contractId: d.contractId, contractNumber: d.contractNumber,
          amountCents: d.totalCents, endToEndId: d.endToEndId, sequenceType: d.sequenceType, iban: d.signature.iban, mandateReference: d.signature.mandateReference,
          previousIban: d.amendment?.previousIban ?? null, previousMandateReference: d.amendment?.previousMandateReference ?? null, reasons: d.reasons,
        });
      }
      excludedCount += out.length;
      for (const e of out) {
        byReason.set(e.eligibility.exclusion.code, (byReason.get(e.eligibility.exclusion.code) ?? 0) + 1);
        if (excluded.length < limit) excluded.push({ invoiceId: e.row.invoiceId, invoiceNumber: e.row.invoiceNumber, clientId: e.row.clientId, clientName: e.row.clientName, totalCents: e.row.totalCents, reason: e.eligibility.exclusion });
      }
      slices++;
      await options.job?.progress(Math.min(slices * this.slice, candidates), candidates);
    });
    return {
      collectionDate: date, painFormat: settings.painFormat, count: totals.count, sumCents: totals.sumCents, groups: totals.groups(), debits, excludedCount, excluded,
      excludedByReason: [...byReason].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    };
  }

  /**
   * `queueRemittancePreview` (docs/sepa.md "Previews as jobs"): the preview of any number of candidates as a
   * REMITTANCE_PREVIEW job, its date and limit refused here; `backgroundJob(id)` follows it. Nothing is written but the job.
   */
  async queuePreview(collectionDate: string, filter: RemittanceFilter, limit = 100): Promise<BackgroundJobEntity> {
    const params: RemittancePreviewJobParams = {
      collectionDate: this.readDate(collectionDate), limit: this.previewLimit(limit), today: this.scope.today,
      filter: { clientId: filter.clientId ?? null, contractId: filter.contractId ?? null, issuedUpTo: filter.issuedUpTo ?? null },
    };
    return queueJob(this.scope, 'REMITTANCE_PREVIEW', { ...params }, await countCandidates(this.scope.ds.manager, params.filter));
  }

  /** The creditor data a remittance needs (SEPA_SETTINGS_MISSING otherwise). */
  private checkSettings(settings: SepaSettingsEntity): asserts settings is SepaSettingsEntity & { creditorName: string; creditorId: string; initiatingPartyId: string; iban: string } {
    if (!settings.creditorName || !settings.creditorId || !settings.initiatingPartyId || !settings.iban) {
      throw refused(this.scope.locale, 'settings', { code: 'SEPA_SETTINGS_MISSING', field: 'settings', params: {} });
    }
  }

  /**
   * `createRemittance` (docs/sepa.md "Remittances as jobs"): refuses at once what is cheap to check (the date, the
   * creditor data), then queues the REMITTANCE job that does `create` (sepa/remittance-job.ts) and returns it.
   */
  async queueCreate(collectionDate: string, filter: RemittanceFilter): Promise<BackgroundJobEntity> {
    const date = this.readDate(collectionDate);
    this.checkSettings(await this.settings());
    const params: RemittanceJobParams = {
      collectionDate: date, today: this.scope.today, requestedAt: this.scope.now.toISOString(),
      filter: { clientId: filter.clientId ?? null, contractId: filter.contractId ?? null, issuedUpTo: filter.issuedUpTo ?? null },
    };
    return queueJob(this.scope, 'REMITTANCE', { ...params });
  }

  /**
   * Writes the remittance and its debits in one transaction. Two concurrent creations cannot both take an
   * invoice: they take turns on the remittance counter, and the unique EndToEndId (the invoice's number and attempt)
   * refuses the second one that read the same debits (CONFLICT), which then changes nothing. Runs in the
   * REMITTANCE job (sepa/remittance-job.ts), which passes `progress` (candidates gone through, of all, per slice).
   */
  async create(collectionDate: string, filter: RemittanceFilter, options: { progress?: (done: number, total: number) => Promise<void> } = {}): Promise<RemittanceEntity> {
    const date = this.readDate(collectionDate);
    try {
      return await inTransaction(this.scope.ds, async (m) => {
        // The numbering write first: it takes SQLite's write lock at once (a read first would leave the transaction on a
        // snapshot that a remittance another worker commits meanwhile makes stale) and PostgreSQL's lock on the
        // counter row, so concurrent creations take turns and each reads what the one before took.
        const [n] = await nextSequenceValues(m, 'remittance');
        const settings = await loadSepaSettings(m);
        this.checkSettings(settings);
        const now = this.scope.now.toISOString();
        const remittance: RemittanceEntity = {
          id: newId(), reference: `REM-${date.replaceAll('-', '')}-${String(n).padStart(6, '0')}`, painFormat: settings.painFormat, collectionDate: date,
          status: 'OPEN', count: 0, sumCents: 0, groups: [],
          creditor: { name: settings.creditorName, creditorId: settings.creditorId, initiatingPartyId: settings.initiatingPartyId, iban: settings.iban, bic: settings.bic },
          createdBy: auditActor(this.scope.actor).actorName, createdAt: now, settledAt: null,
        };
        await m.insert(RemittanceEntity, remittance);
        const totals = new Totals(date);
        let position = 0;
        const statistics = await DebitStatistics.of(m);
        let slices = 0;
        // With the facts read ahead, a slice's debits are written while the next slice is planned: one COPY at a
        // time on the transaction's connection, each awaited before the next starts and before the transaction ends.
        let writing: Promise<void> | null = null;
        let total = 0;
        try {
          await this.eachSlice(m, date, filter, settings, async ({ plan, rowOf, candidates, ahead }) => {
            total = candidates;
            totals.add(plan);
            const debits: SepaDebitEntity[] = plan.debits.map((d) => {
              const row = rowOf.get(d.invoiceId)!;
              return {
                id: newId(), remittanceId: remittance.id, position: position++, invoiceId: d.invoiceId, invoiceNumber: d.invoiceNumber, contractId: d.contractId, clientId: row.clientId,
                endToEndId: d.endToEndId, amountCents: d.totalCents, sequenceType: d.sequenceType,
                debtorName: (row.signerName ?? row.clientName).slice(0, 70), iban: d.signature.iban, mandateReference: d.signature.mandateReference,
                mandateSignedAt: d.signature.signedAt, previousIban: d.amendment?.previousIban ?? null, previousMandateReference: d.amendment?.previousMandateReference ?? null,
                remittanceInfo: `${d.invoiceNumber} ${row.periodStart}/${row.periodEnd}`, contractNumber: d.contractNumber,
                ibanChangedOn: d.amendment?.ibanChangedAt?.slice(0, 10) ?? null, mandateChangedOn: d.amendment?.mandateChangedAt?.slice(0, 10) ?? null, retry: d.retry,
                status: 'PENDING', returnReasonCode: null, returnedOn: null, returnedAt: null,
              };
            });
            const before = writing;
            writing = null;
            await before;
            if (debits.length > 0) {
              const write = (async () => {
                await bulkInsert(m, SepaDebitEntity, debits);
                await statistics.afterInsert(candidates, this.slice, ahead);
              })();
              if (ahead) {
                write.catch(() => undefined); // awaited by the next slice or after the last
                writing = write;
              } else {
                await write;
              }
            }
            slices++;
            await options.progress?.(Math.min(slices * this.slice, candidates), candidates);
          });
          await writing;
        } finally {
          await (writing as Promise<void> | null)?.catch(() => undefined);
        }
        if (totals.count === 0) throw refused(this.scope.locale, 'collectionDate', { code: 'SEPA_REMITTANCE_EMPTY', field: 'collectionDate', params: { date } });
        await statistics.atEnd(total, this.slice);
        const done = { ...remittance, count: totals.count, sumCents: totals.sumCents, groups: totals.groups() };
        await m.update(RemittanceEntity, { id: remittance.id }, { count: done.count, sumCents: done.sumCents, groups: done.groups });
        await audit(m, this.scope, [{ entityType: 'Remittance', entityId: remittance.id, clientId: null, action: 'CREATE', changes: [
          { field: 'reference', from: null, to: done.reference }, { field: 'count', from: null, to: done.count }, { field: 'sumCents', from: null, to: done.sumCents },
        ] }]);
        return done;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(this.scope.locale, 'Remittance', date);
      throw err;
    }
  }

  async get(id: string): Promise<RemittanceEntity> {
    const r = await this.find(id);
    if (!r) throw notFound(this.scope.locale, 'Remittance', id);
    return r;
  }

  find(id: string): Promise<RemittanceEntity | null> {
    return this.scope.ds.manager.findOneBy(RemittanceEntity, { id });
  }

  list(first: number): Promise<RemittanceEntity[]> {
    return this.scope.ds.getRepository(RemittanceEntity).find({ order: { createdAt: 'DESC', reference: 'DESC' }, take: Math.min(Math.max(first, 0), 100) });
  }

  debits(remittanceId: string, first: number, offset = 0): Promise<SepaDebitEntity[]> {
    return this.scope.ds.getRepository(SepaDebitEntity).find({ where: { remittanceId }, order: { position: 'ASC' }, take: Math.min(Math.max(first, 0), 1000), skip: Math.max(offset, 0) });
  }

  /**
   * One payment block's debits in position order, a page at a time (keyset on position), only the columns the file
   * needs. The next page is asked for before this one is handed over, so the server reads it while this one is written.
   */
  private async *pages(remittanceId: string, sequenceType: string): AsyncGenerator<XmlDebit[]> {
    const read = async (after: number) => {
      const q = this.scope.ds.getRepository(SepaDebitEntity).createQueryBuilder('d').select('d.endToEndId', 'endToEndId').addSelect('d.position', 'position')
        .where('d.remittanceId = :id AND d.sequenceType = :seq AND d.position > :after', { id: remittanceId, seq: sequenceType, after });
      for (const c of XML_COLUMNS) q.addSelect(`d.${c}`, c);
      return q.orderBy('d.position', 'ASC').limit(PAGE).getRawMany<XmlDebit & { position: number }>();
    };
    let next: Promise<(XmlDebit & { position: number })[]> | null = read(-1);
    try {
      while (next) {
        const rows: (XmlDebit & { position: number })[] = await next;
        next = null;
        if (rows.length === 0) return;
        for (const r of rows) r.amountCents = Number(r.amountCents);
        if (rows.length === PAGE) {
          next = read(Number(rows[rows.length - 1]!.position));
          next.catch(() => undefined); // awaited by the next turn, or below if the reader stops early
        }
        yield rows;
      }
    } finally {
      await next?.catch(() => undefined);
    }
  }

  xml(remittance: RemittanceEntity): AsyncGenerator<string> {
    return remittanceXml(remittance, (sequenceType) => this.pages(remittance.id, sequenceType));
  }

  /** The bank collected: every debit still pending becomes SETTLED and its invoice PAID. */
  async settle(id: string): Promise<RemittanceEntity> {
    const r = await this.get(id);
    if (r.status === 'SETTLED') throw refused(this.scope.locale, 'id', { code: 'SEPA_REMITTANCE_SETTLED', entityType: 'Remittance', entityId: id, field: 'id', params: { remittance: r.reference } });
    return inTransaction(this.scope.ds, async (m) => {
      const upd = await m.createQueryBuilder().update(RemittanceEntity).set({ status: 'SETTLED', settledAt: this.scope.now.toISOString() })
        .where("id = :id AND status = 'OPEN'", { id }).updateEntity(false).execute();
      if (upd.affected !== 1) throw conflict(this.scope.locale, 'Remittance', id);
      const pending = await m.createQueryBuilder(SepaDebitEntity, 'd').innerJoin(InvoiceEntity, 'i', 'i.id = d.invoiceId')
        .select('i.id', 'id').addSelect('i.kind', 'kind').addSelect('i.number', 'number').addSelect('i.status', 'status').addSelect('i.clientId', 'clientId')
        .addSelect('d.endToEndId', 'endToEndId')
        .where("d.remittanceId = :id AND d.status = 'PENDING'", { id }).getRawMany<Pick<InvoiceEntity, 'id' | 'kind' | 'number' | 'status' | 'clientId'> & { endToEndId: string }>();
      await m.createQueryBuilder().update(SepaDebitEntity).set({ status: 'SETTLED' })
        .where("remittanceId = :id AND status = 'PENDING'", { id }).updateEntity(false).execute();
      await applyPaymentStatuses(m, this.scope, pending.map((p) => ({
        invoice: p, to: 'PAID', noted: [{ field: 'remittance', from: null, to: r.reference }, { field: 'endToEndId', from: null, to: p.endToEndId }],
      })));
      await audit(m, this.scope, [{ entityType: 'Remittance', entityId: id, clientId: null, action: 'SETTLE', changes: [{ field: 'status', from: 'OPEN', to: 'SETTLED' }] }]);
      return { ...r, status: 'SETTLED' as const, settledAt: this.scope.now.toISOString() };
    });
  }

  /**
   * Applies a pain.002 or camt.054 file. Matched on EndToEndId; a debit already RETURNED is reported, never
   * applied twice, so importing the same file again changes nothing. The rows are applied a page of matches at a
   * time (their invoices' status, audit rows, their debits), while the next pages are read (ReturnMatches).
   */
  async importReturns(xml: string, field = 'file'): Promise<ReturnImportReport> {
    const { parseBankReturns } = await import('./return-parser.js'); // the XML parser loads on the first import, not at startup
    const parsed = parseBankReturns(xml);
    if (!parsed) throw refused(this.scope.locale, field, { code: 'SEPA_RETURN_FILE_UNKNOWN', field, params: {} });
    const ids = [...new Set(parsed.rows.filter((r) => r.isReturn).map((r) => r.endToEndId))];
    return inTransaction(this.scope.ds, async (m) => {
      const settings = await loadSepaSettings(m);
      const matches = await ReturnMatches.open(this.scope.ds, m, ids, this.returnPage);
      try {
        const report: ReturnRowReport[] = [];
        const toApply: ToApply[] = [];
        const applied: ToApply[] = [];
        const refusedIds = new Set<string>();
        const seen = new Set<string>();
        let named = 0;
        const now = this.scope.now.toISOString();
        let unwritten: ToApply[] = [];
        // The invoices move through the one payment-status path (one already RETURNED by hand keeps its status), then
        // their debits. A refusal depends on the invoice as read and is the same for every row of it.
        const write = async () => {
          const rows = unwritten;
          if (rows.length === 0) return;
          unwritten = [];
          const { refused: notMoved } = await applyPaymentStatuses(m, this.scope, rows.filter((a) => a.invoice.status !== 'RETURNED').map((a) => ({
            invoice: a.invoice, to: 'RETURNED',
            noted: [{ field: 'returnReasonCode', from: null, to: a.row.reasonCode }, { field: 'returnedOn', from: null, to: a.row.returnedOn }, { field: 'endToEndId', from: null, to: a.row.endToEndId }],
          })));
          for (const x of notMoved) if (x.refusal.code !== 'PAYMENT_STATUS_UNCHANGED') refusedIds.add(x.change.invoice.id);
          // Debits: grouped by (reason, date) so each UPDATE sets one value over a slice of ids.
          const byOutcome = new Map<string, ToApply[]>();
          for (const a of rows) {
            if (refusedIds.has(a.invoice.id)) continue;
            applied.push(a);
            const key = `${a.row.reasonCode}|${a.row.returnedOn}`;
            const list = byOutcome.get(key);
            if (list) list.push(a);
            else byOutcome.set(key, [a]);
          }
          for (const [key, list] of byOutcome) {
            const [code, on] = key.split('|') as [string, string];
            for (let i = 0; i < list.length; i += PAGE) {
              await m.createQueryBuilder().update(SepaDebitEntity).set({ status: 'RETURNED', returnReasonCode: code, returnedOn: on, returnedAt: now })
                .where('id IN (:...ids)', { ids: list.slice(i, i + PAGE).map((a) => a.debit.id) }).updateEntity(false).execute();
            }
          }
        };
        for (const row of parsed.rows) {
          const base = { endToEndId: row.endToEndId, reasonCode: row.reasonCode, returnedOn: row.returnedOn, invoiceId: null, invoiceNumber: null, fee: false };
          if (!row.isReturn) { report.push({ ...base, outcome: 'NOT_A_RETURN', note: null }); continue; }
          if (row.endToEndId === ids[named]) {
            // Its first mention (ids lists them in that order): its page of matches; the rows of the pages before are written first.
            const page = Math.floor(named++ / this.returnPage);
            if (page > matches.loaded) {
              if (matches.readAhead) await write();
              await matches.load(page);
            }
          }
          const debit = matches.debitOf.get(row.endToEndId);
          if (!debit) { report.push({ ...base, outcome: 'UNMATCHED', note: { code: 'SEPA_RETURN_UNMATCHED', params: { endToEndId: row.endToEndId } } }); continue; }
          const withInvoice = { ...base, invoiceId: debit.invoiceId, invoiceNumber: debit.invoiceNumber };
          if (debit.status === 'RETURNED' || seen.has(debit.id)) {
            report.push({ ...withInvoice, outcome: 'ALREADY_APPLIED', note: { code: 'SEPA_RETURN_ALREADY_APPLIED', entityType: 'Invoice', entityId: debit.invoiceId, params: { endToEndId: row.endToEndId } } });
            continue;
          }
          seen.add(debit.id);
          const a = { row, debit, invoice: { id: debit.invoiceId, kind: debit.invoiceKind, number: debit.invoiceNumber, status: debit.invoiceStatus, clientId: debit.clientId } };
          toApply.push(a);
          unwritten.push(a);
        }
        await write();
        await matches.close(); // the matched debits are not needed any more: 100 000 of them are tens of MB
        const fees = settings.returnFeeEnabled ? await this.returnFees(m, applied) : new Set<string>();
        for (const a of toApply) {
          const base = { endToEndId: a.row.endToEndId, reasonCode: a.row.reasonCode, returnedOn: a.row.returnedOn, invoiceId: a.invoice.id, invoiceNumber: a.invoice.number };
          if (refusedIds.has(a.invoice.id)) {
            report.push({ ...base, outcome: 'NOT_APPLICABLE', fee: false, note: { code: 'SEPA_RETURN_SETTLED_CONFLICT', entityType: 'Invoice', entityId: a.invoice.id, params: { invoice: a.invoice.number, endToEndId: a.row.endToEndId } } });
          } else {
            const policy = returnPolicy(a.row.reasonCode);
            report.push({ ...base, outcome: 'APPLIED', fee: fees.has(a.debit.id), note: { code: policy.messageCode, entityType: 'Invoice', entityId: a.invoice.id, params: { reasonCode: a.row.reasonCode } } });
          }
        }
        const count = (o: ReturnRowOutcome) => report.filter((r) => r.outcome === o).length;
        return {
          format: parsed.format, rowCount: parsed.rows.length, applied: count('APPLIED'), alreadyApplied: count('ALREADY_APPLIED'), unmatched: count('UNMATCHED'),
          ignored: count('NOT_A_RETURN') + count('NOT_APPLICABLE'), rows: report,
        };
      } finally {
        await matches.close();
      }
    });
  }

  /**
   * The return fee as a ONE_OFF additional amount dated the return day on a live subscription of the contract,
   * so the next billing run charges it (docs/product.md §3). Written in bulk like SubscriptionExtrasService.addAdditionalAmount
   * writes one: same entity, same audit action. A contract without a live subscription gets no fee.
   */
  private async returnFees(m: EntityManager, applied: ToApply[]): Promise<Set<string>> {
    const settings = await loadSepaSettings(m);
    const contractIds = [...new Set(applied.map((a) => a.debit.contractId))];
    const subOf = new Map<string, SubscriptionEntity>();
    for (let i = 0; i < contractIds.length; i += PAGE) {
      const subs = await m.createQueryBuilder(SubscriptionEntity, 's').where('s.contractId IN (:...ids)', { ids: contractIds.slice(i, i + PAGE) })
        .andWhere("s.state IN ('ACTIVE', 'SUSPENDED', 'ACTIVE_NON_BILLABLE')").orderBy('s.createdAt', 'ASC').getMany();
      for (const s of subs) if (!subOf.has(s.contractId) || (subOf.get(s.contractId)!.state !== 'ACTIVE' && s.state === 'ACTIVE')) subOf.set(s.contractId, s);
    }
    const rows: AdditionalAmountEntity[] = [];
    const withFee = new Set<string>();
    for (const a of applied) {
      const s = subOf.get(a.debit.contractId);
      if (!s) continue;
      const params = { invoice: a.invoice.number, reasonCode: a.row.reasonCode, date: a.row.returnedOn };
      rows.push({
        id: newId(), subscriptionId: s.id, description: explain({ code: 'SEPA_RETURN_FEE', params }, 'es').message.slice(0, 200), amountCents: settings.returnFeeCents,
        vatRate: settings.returnFeeVatRate, kind: 'ONE_OFF', date: a.row.returnedOn, validFrom: null, validTo: null, createdAt: this.scope.now.toISOString(), version: 1,
      });
      withFee.add(a.debit.id);
    }
    if (rows.length === 0) return withFee;
    await bulkInsert(m, AdditionalAmountEntity, rows);
    const clientOf = new Map(applied.map((a) => [a.debit.contractId, a.debit.clientId]));
    const subContract = new Map([...subOf.values()].map((s) => [s.id, s.contractId]));
    for (let i = 0; i < rows.length; i += PAGE) {
      await audit(m, this.scope, rows.slice(i, i + PAGE).map((r) => ({
        entityType: 'AdditionalAmount', entityId: r.id, clientId: clientOf.get(subContract.get(r.subscriptionId)!) ?? null, action: 'ADD_ADDITIONAL_AMOUNT',
        changes: diff(null, r, ['subscriptionId', 'description', 'amountCents', 'vatRate', 'kind', 'date']),
      })));
    }
    return withFee;
  }

  /** The block on a contract's mandate after a return, for the client and contract pages. */
  async mandateBlock(contract: ContractEntity): Promise<MandateBlock | null> {
    if (!contract.iban || !contract.mandateReference) return null;
    const returned = await this.scope.loaders.returnedDebitsByContract.load(contract.id);
    const returns = returned.map((d) => ({ reasonCode: d.returnReasonCode!, returnedOn: d.returnedOn!, iban: d.iban, mandateReference: d.mandateReference, invoiceNumber: d.invoiceNumber }));
    return mandateBlockOf(returns, { iban: contract.iban, mandateReference: contract.mandateReference });
  }

  /** The debits of one invoice, latest first (its SEPA history). */
  async debitsOfInvoice(invoiceId: string): Promise<SepaDebitEntity[]> {
    await visibleInvoice(this.scope, invoiceId);
    return this.scope.ds.getRepository(SepaDebitEntity).find({ where: { invoiceId }, order: { endToEndId: 'DESC' } });
  }
}
