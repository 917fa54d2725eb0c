// The services of one request.
import { BillingService } from '../billing/billing.service.js';
import { BillingSettingsService } from './billing-settings.service.js';
import { ClientService } from './client.service.js';
import { ContractService } from './contract.service.js';
import { DashboardService } from './dashboard.service.js';
import { InvoiceService } from '../billing/invoice.service.js';
import { GlobalSearchService } from './global-search.service.js';
import { PartnerService } from './partner.service.js';
import type { Scope } from './scope.js';
import { SubscriptionExtrasService } from './subscription-extras.service.js';
import { SubscriptionService } from './subscription.service.js';
import { TariffService } from './tariff.service.js';
import { UserService, type AuthDeps } from './user.service.js';
import { SepaService } from '../sepa/sepa.service.js';
import { VerifactuService } from '../verifactu/verifactu.service.js';
import { JobService } from '../jobs/job.service.js';

export function createServices(scope: Scope, auth: AuthDeps) {
  return {
    clients: new ClientService(scope),
    contracts: new ContractService(scope),
    subscriptions: new SubscriptionService(scope),
    extras: new SubscriptionExtrasService(scope),
    tariffs: new TariffService(scope),
    billingSettings: new BillingSettingsService(scope),
    partners: new PartnerService(scope),
    users: new UserService(scope, auth),
    invoices: new InvoiceService(scope),
    billing: new BillingService(scope),
    dashboard: new DashboardService(scope),
    sepa: new SepaService(scope),
    verifactu: new VerifactuService(scope),
    search: new GlobalSearchService(scope),
    jobs: new JobService(scope),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Scope } from './scope.js';
