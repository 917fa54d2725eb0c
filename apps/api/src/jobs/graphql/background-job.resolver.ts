// Background jobs over GraphQL (docs/jobs.md "Background jobs"). The list is admin only (partners get FORBIDDEN);
// one job is read by an admin, or by the partner that queued it (a PDF batch of its invoices), null to anyone else.
import { explain, type Refusal } from '@antena/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Explanation } from '../../graphql/types/explanation.types.js';
import { BackgroundJobEntity } from '../background.entity.js';
import { BackgroundJobKind, BackgroundJobType } from './background-job.types.js';

const LIST_MAX = 100;

@Resolver(() => BackgroundJobType)
export class BackgroundJobResolver {
  @Authorized()
  @Query(() => BackgroundJobType, { nullable: true, description: 'One job, e.g. to follow a queued job until it ends. A partner sees only the jobs it queued.' })
  backgroundJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BackgroundJobEntity | null> {
    return ctx.services.jobs.byId(id);
  }

  @Authorized('ADMIN')
  @Query(() => [BackgroundJobType], { description: `Latest first (at most ${LIST_MAX}), of one kind or of all.` })
  backgroundJobs(
    @Arg('kind', () => BackgroundJobKind, { nullable: true }) kind: BackgroundJobKind | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJobEntity[]> {
    return ctx.services.jobs.list(kind, Math.min(Math.max(first, 0), LIST_MAX));
  }

  @FieldResolver(() => Explanation, { nullable: true, description: 'Why a FAILED job stopped and what to do, in the request\'s language.' })
  failure(@Root() job: BackgroundJobEntity, @Ctx() ctx: Context): Explanation | null {
    return job.failure ? explain(job.failure as Refusal, ctx.locale) : null;
  }
}
