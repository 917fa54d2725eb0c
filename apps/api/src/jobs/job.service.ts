// Reading background jobs for one request (docs/jobs.md "Background jobs"). An admin reads every job; a partner
// only those it queued (PDF batches of its own invoices): any other is as unknown to it (null).
import { partnerIdOf, type Scope } from '../services/scope.js';
import { BackgroundJobEntity, type BackgroundJobKind } from './background.entity.js';

export class JobService {
  constructor(private readonly scope: Scope) {}

  async byId(id: string): Promise<BackgroundJobEntity | null> {
    const job = await this.scope.ds.getRepository(BackgroundJobEntity).findOneBy({ id });
    return job && this.canSee(job) ? job : null;
  }

  canSee(job: BackgroundJobEntity): boolean {
    if (!this.scope.actor) return false;
    const partnerId = partnerIdOf(this.scope);
    return partnerId === null || (job.actorType === 'PARTNER' && job.actorId === partnerId);
  }

  /** Latest first. */
  list(kind: BackgroundJobKind | null, first: number): Promise<BackgroundJobEntity[]> {
    return this.scope.ds.getRepository(BackgroundJobEntity).find({ where: kind ? { kind } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }
}
