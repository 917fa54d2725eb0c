// Builds the code-first schema. `pnpm schema` writes it to apps/api/schema.graphql.
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import { BillingResolver } from '../billing/graphql/billing.resolver.js';
import { BillingJobsResolver } from '../billing/graphql/billing-jobs.resolver.js';
import { guardArguments } from './argument-guards.js';
import { AccessResolver, PartnerResolver } from './resolvers/access.resolver.js';
import { CatalogResolver } from './resolvers/catalog.resolver.js';
import { ClientResolver } from './resolvers/client.resolver.js';
import { ContractResolver } from './resolvers/contract.resolver.js';
import { DashboardResolver } from './resolvers/dashboard.resolver.js';
import { AdditionalAmountResolver, BonusResolver } from './resolvers/extras.resolver.js';
import { InvoiceLineResolver, InvoiceResolver } from '../billing/graphql/invoice.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { SubscriptionResolver } from './resolvers/subscription.resolver.js';
import { InvoiceVerifactuResolver, VerifactuRecordResolver, VerifactuResolver } from '../verifactu/graphql/verifactu.resolver.js';
import { BackgroundJobResolver } from '../jobs/graphql/background-job.resolver.js';
import { ContractSepaResolver, InvoiceSepaResolver, RemittanceJobResolver, RemittanceResolver, SepaDebitResolver } from '../sepa/graphql/sepa.resolver.js';

export const resolvers = [
  AccessResolver, PartnerResolver, CatalogResolver, ClientResolver, ContractResolver, SubscriptionResolver, InvoiceResolver, InvoiceLineResolver,
  BillingResolver, DashboardResolver, BonusResolver, AdditionalAmountResolver,
  RemittanceResolver, SepaDebitResolver, ContractSepaResolver, InvoiceSepaResolver, VerifactuResolver, VerifactuRecordResolver, InvoiceVerifactuResolver, SearchResolver,
  BackgroundJobResolver, RemittanceJobResolver, BillingJobsResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, authChecker, validate: false, emitSchemaFile: false }).then(guardArguments);
  return built;
}
