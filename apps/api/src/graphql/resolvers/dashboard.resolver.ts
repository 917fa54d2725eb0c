// The admin dashboard. Admin only, like billing settings: partners get FORBIDDEN.
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ClientConnection } from '../types/client.type.js';
import { CountedAmount, DashboardType, MonthlyTotals, Receivables, SubscriptionStateCount } from '../types/dashboard.type.js';
import { PageArgs } from './page.args.js';

@Resolver(() => DashboardType)
export class DashboardResolver {
  @Authorized('ADMIN')
  @Query(() => DashboardType)
  dashboard(@Ctx() ctx: Context): DashboardType {
    return { id: 'dashboard', currentPeriod: ctx.services.dashboard.currentPeriod() };
  }

  @Authorized('ADMIN')
  @FieldResolver(() => [MonthlyTotals], { description: 'The `months` periods (0–60), oldest first, ending with the later of currentPeriod and the latest invoiced period; months without invoices are zeros.' })
  monthlyTotals(@Arg('months', () => Int, { defaultValue: 12 }) months: number, @Ctx() ctx: Context) {
    return ctx.services.dashboard.monthlyTotals(months);
  }

  @Authorized('ADMIN')
  @FieldResolver(() => [SubscriptionStateCount], { description: 'Every state with its count of subscriptions now in it, zeros included.' })
  subscriptionsByState(@Ctx() ctx: Context) {
    return ctx.services.dashboard.subscriptionsByState();
  }

  @Authorized('ADMIN')
  @FieldResolver(() => Receivables, { description: 'Outstanding (ISSUED + RETURNED) and returned invoices: count and total.' })
  receivables(@Ctx() ctx: Context) {
    return ctx.services.dashboard.receivables();
  }

  @Authorized('ADMIN')
  @FieldResolver(() => CountedAmount, {
    description: 'Monthly recurring revenue: subscriptions now ACTIVE (billed, rule 3) and the sum of their tariffs\' monthly prices without VAT; bonuses and one-off amounts left out.',
  })
  monthlyRecurring(@Ctx() ctx: Context) {
    return ctx.services.dashboard.monthlyRecurring();
  }

  @Authorized('ADMIN')
  @FieldResolver(() => ClientConnection, { description: 'Clients whose deletion.allowed is false (rule 2), by code; read each one\'s deletion for the blockers.' })
  undeletableClients(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.dashboard.undeletableClients(args);
  }
}
