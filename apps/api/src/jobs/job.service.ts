// Reading background jobs for one request (docs/jobs.md "Background jobs"); admin only (the resolvers check it).
import type { Scope } from '../services/scope.js';
import { BackgroundJobEntity, type BackgroundJobKind } from './background.entity.js';

export class JobService {
  constructor(private readonly scope: Scope) {}

  byId(id: string): Promise<BackgroundJobEntity | null> {
    return this.scope.ds.getRepository(BackgroundJobEntity).findOneBy({ id });
  }

  /** Latest first. */
  list(kind: BackgroundJobKind | null, first: number): Promise<BackgroundJobEntity[]> {
    return this.scope.ds.getRepository(BackgroundJobEntity).find({ where: kind ? { kind } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }
}
