// The submission worker (docs/verifactu.md, "Sending"): sends PENDING records in chain order, at most 1 000
// per submission; after each, waits the TiempoEsperaEnvio the agency answered unless 1 000 records are
// already waiting; stores every record's answer; retries timeouts, network errors, 5xx and SOAP faults
// with exponential backoff. One worker per installation (it is started by serve.ts).

import { In, type DataSource } from 'typeorm';
import { inTransaction } from '../../db/transaction.js';
import { loadVerifactuSettings } from '../settings.js';
import { wholeRecords } from '../stored-records.js';
import { VerifactuRecordEntity, VerifactuRecordStateEntity, type RecordStatus } from '../verifactu.entities.js';
import { readAnswer, SoapFault, submissionEnvelope, type SubmissionAnswer } from './envelope.js';
import { TransientFailure, type Transport } from './transport.js';

export const BATCH_MAX = 1000;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_MAX_MS = 3_600_000;

/** 1 min, 2, 4, … up to an hour. */
export const backoffMs = (attempts: number) => Math.min(BACKOFF_BASE_MS * 2 ** Math.max(attempts - 1, 0), BACKOFF_MAX_MS);

export interface WorkerClock { now(): number; sleep(ms: number): Promise<void> }
export const realClock: WorkerClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms).unref()) };

export type TickOutcome =
  | { outcome: 'NOTHING' }
  | { outcome: 'WAITING'; waitMs: number }
  | { outcome: 'SENT'; sent: number; accepted: number; acceptedWithErrors: number; rejected: number; unanswered: number; waitMs: number }
  | { outcome: 'FAILED'; sent: number; reason: string; retryInMs: number };

export class SubmissionWorker {
  private waitUntil = 0;
  /** After a failed submission nothing is sent until the backoff has passed, however many records wait. */
  private blockedUntil = 0;
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly ds: DataSource, private readonly transport: Transport, private readonly clock: WorkerClock = realClock,
    private readonly log: (line: string) => void = () => undefined) {}

  /** The next records in chain order: the agency reads each one's link to the one before. */
  private async next(): Promise<VerifactuRecordStateEntity[]> {
    return this.ds.getRepository(VerifactuRecordStateEntity).createQueryBuilder('s')
      .where('s.status = :pending', { pending: 'PENDING' }).orderBy('s.position', 'ASC').limit(BATCH_MAX).getMany();
  }

  /** At most one submission, if one is due and allowed now. */
  async tick(): Promise<TickOutcome> {
    const now = this.clock.now();
    const due = await this.next();
    if (due.length === 0) return { outcome: 'NOTHING' };
    if (now < this.blockedUntil) return { outcome: 'WAITING', waitMs: this.blockedUntil - now };
    // A record waiting out its backoff holds back those after it, so the chain is sent in order.
    const retryAt = due[0]!.nextAttemptAt ? Date.parse(due[0]!.nextAttemptAt) : 0;
    if (now < retryAt) return { outcome: 'WAITING', waitMs: retryAt - now };
    if (now < this.waitUntil && due.length < BATCH_MAX) return { outcome: 'WAITING', waitMs: this.waitUntil - now };
    const settings = await loadVerifactuSettings(this.ds.manager);
    const records = new Map((await this.ds.getRepository(VerifactuRecordEntity).findBy({ position: In(due.map((s) => s.position)) })).map((r) => [r.position, r]));
    const whole = await wholeRecords(this.ds.manager, due.map((s) => records.get(s.position)!));
    const xml = submissionEnvelope(settings, due.map((s, i) => ({ record: whole[i]!, resendAs: s.resendAs })));
    let answer: SubmissionAnswer;
    try {
      answer = readAnswer(await this.transport(xml));
    } catch (err) {
      if (!(err instanceof TransientFailure) && !(err instanceof SoapFault)) throw err;
      const reason = err instanceof SoapFault ? `FAULT ${err.faultCode}` : err.reason;
      const attempts = Math.max(...due.map((s) => s.attempts)) + 1;
      const retryInMs = backoffMs(attempts);
      await this.ds.createQueryBuilder().update(VerifactuRecordStateEntity)
        .set({ attempts: () => '"attempts" + 1', nextAttemptAt: new Date(now + retryInMs).toISOString(), errorCode: reason.slice(0, 20), errorMessage: err.message.slice(0, 500) })
        .where('"position" IN (:...positions)', { positions: due.map((s) => s.position) }).updateEntity(false).execute();
      this.blockedUntil = now + retryInMs;
      this.log(`verifactu: submission of ${due.length} records failed (${err.message}); retry in ${retryInMs / 1000} s`);
      return { outcome: 'FAILED', sent: due.length, reason, retryInMs };
    }
    const result = await this.store(due, records, answer, now);
    this.waitUntil = now + answer.waitSeconds * 1000;
    return { outcome: 'SENT', sent: due.length, ...result, waitMs: answer.waitSeconds * 1000 };
  }

  private async store(due: VerifactuRecordStateEntity[], records: Map<number, VerifactuRecordEntity>, answer: SubmissionAnswer, now: number) {
    const byKey = new Map(answer.lines.map((l) => [`${l.kind}|${l.number}`, l]));
    const answeredAt = new Date(now).toISOString();
    const counts = { accepted: 0, acceptedWithErrors: 0, rejected: 0, unanswered: 0 };
    // Rows sharing an answer are updated together.
    const groups = new Map<string, { set: Partial<VerifactuRecordStateEntity>; positions: number[] }>();
    const add = (set: Partial<VerifactuRecordStateEntity>, position: number) => {
      const key = JSON.stringify(set);
      const g = groups.get(key) ?? { set, positions: [] };
      g.positions.push(position);
      groups.set(key, g);
    };
    for (const s of due) {
      const r = records.get(s.position)!;
      const line = byKey.get(`${r.kind}|${r.number}`);
      if (!line) {
        // Left out of the answer: sent again later.
        counts.unanswered++;
        add({ nextAttemptAt: new Date(now + backoffMs(s.attempts + 1)).toISOString(), errorCode: 'NO_ANSWER', errorMessage: null }, s.position);
        continue;
      }
      const status: RecordStatus = line.state;
      if (status === 'ACCEPTED') counts.accepted++;
      else if (status === 'ACCEPTED_WITH_ERRORS') counts.acceptedWithErrors++;
      else counts.rejected++;
      add({
        status, errorCode: line.errorCode, errorMessage: line.errorMessage, answeredAt, submissionId: answer.csv, nextAttemptAt: null,
        // The rules: a rejected record sent again goes marked RechazoPrevio. A correction is a new record that
        // carries its own Subsanacion flag (correctVerifactuRecord), so nothing here marks one.
        resendAs: status === 'REJECTED' ? 'RECHAZO_PREVIO' : null,
      }, s.position);
    }
    await inTransaction(this.ds, async (m) => {
      for (const g of groups.values()) {
        for (let i = 0; i < g.positions.length; i += 500) {
          await m.createQueryBuilder().update(VerifactuRecordStateEntity).set({ ...g.set, attempts: () => '"attempts" + 1' })
            .where('"position" IN (:...positions)', { positions: g.positions.slice(i, i + 500) }).updateEntity(false).execute();
        }
      }
    });
    return counts;
  }

  /** Submits until nothing is due, sleeping what the agency asks and what backoff says. For tests and one-off drains. */
  async drain(maxSubmissions = 1000): Promise<TickOutcome[]> {
    const outcomes: TickOutcome[] = [];
    for (let i = 0; i < maxSubmissions * 4; i++) {
      const t = await this.tick();
      if (t.outcome === 'NOTHING') return outcomes;
      if (t.outcome === 'WAITING') { await this.clock.sleep(t.waitMs); continue; }
      outcomes.push(t);
      if (outcomes.length >= maxSubmissions) return outcomes;
    }
    return outcomes;
  }

  /** Runs in the background until stop(): a tick, then a short pause when there was nothing to do. */
  start(idleMs = 5000): void {
    this.loop ??= (async () => {
      while (!this.stopped) {
        try {
          const t = await this.tick();
          if (t.outcome === 'NOTHING') await this.clock.sleep(idleMs);
          else if (t.outcome === 'WAITING') await this.clock.sleep(Math.min(t.waitMs, idleMs));
        } catch (err) {
          this.log(`verifactu: worker error ${(err as Error).message}`);
          await this.clock.sleep(idleMs);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

