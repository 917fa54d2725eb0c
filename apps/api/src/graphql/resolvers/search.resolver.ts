// Global search (docs/search.md): admins and partners; a partner's hits are its own clients' data only.
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { GlobalSearchHitsType } from '../types/search.type.js';

@Resolver()
export class SearchResolver {
  @Authorized()
  @Query(() => GlobalSearchHitsType, {
    description: 'Clients, contracts and invoices by any of their identifiers, matched at word starts. Refused (BAD_USER_INPUT) with field "term" '
      + 'and reason SEARCH_EMPTY (no letter or digit) or SEARCH_TOO_LONG (over 100 characters), or field "first" and reason HITS_PER_KIND_INVALID (1–20; 5 when left out).',
  })
  globalSearch(@Arg('term') term: string, @Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context) {
    return ctx.services.search.search(term, first);
  }
}
