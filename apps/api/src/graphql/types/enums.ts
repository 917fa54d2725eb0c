// GraphQL enums. Where the domain owns the list, `satisfies Record<DomainType, …>` makes a new
// domain value without its GraphQL twin a compile error.
import { registerEnumType } from 'type-graphql';
import type {
  BillableCode, BillingAccountSource as DomainAccountSource, BillingMode as DomainMode, DeletionBlockerCode as DomainBlockerCode,
  InvoiceLineKind as DomainLineKind, SubscriptionState as DomainState,
} from '@antena/domain';
import type { AdditionalAmountKind as AKind, BonusKind as BKind, ClientKind as CKind, ContractStatus as CStatus, InvoiceKind as IKind, InvoiceStatus as IStatus } from '../../entities/index.js';

const values = <T extends string>(obj: Record<T, T>) => obj;

export const SubscriptionState = values<DomainState>({
  PENDING_ACTIVATION: 'PENDING_ACTIVATION', ACTIVE: 'ACTIVE', ACTIVE_NON_BILLABLE: 'ACTIVE_NON_BILLABLE',
  SUSPENDED: 'SUSPENDED', CANCELLED: 'CANCELLED', REJECTED: 'REJECTED',
});
export const DeletionBlockerCode = values<DomainBlockerCode>({
  HAS_PENDING_INVOICES: 'HAS_PENDING_INVOICES', HAS_INVOICE_HISTORY: 'HAS_INVOICE_HISTORY', CONTRACT_SIGNED: 'CONTRACT_SIGNED',
  SUBSCRIPTION_STATE: 'SUBSCRIPTION_STATE', SUBSCRIPTION_HAS_BONUSES: 'SUBSCRIPTION_HAS_BONUSES',
  SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS: 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS', SUBSCRIPTION_INVOICED: 'SUBSCRIPTION_INVOICED',
  BONUS_INVOICED: 'BONUS_INVOICED', ADDITIONAL_AMOUNT_INVOICED: 'ADDITIONAL_AMOUNT_INVOICED',
});
export const BillingAccountSource = values<DomainAccountSource>({ CONTRACT_SIGNATURE: 'CONTRACT_SIGNATURE', CLIENT_PROFILE: 'CLIENT_PROFILE', NONE: 'NONE' });
export const BillableStatusCode = values<BillableCode>({
  BILLABLE_ACTIVE: 'BILLABLE_ACTIVE', NOT_BILLABLE_NON_BILLABLE: 'NOT_BILLABLE_NON_BILLABLE', NOT_BILLABLE_PENDING: 'NOT_BILLABLE_PENDING',
  NOT_BILLABLE_SUSPENDED: 'NOT_BILLABLE_SUSPENDED', NOT_BILLABLE_CANCELLED: 'NOT_BILLABLE_CANCELLED',
  NOT_BILLABLE_REJECTED: 'NOT_BILLABLE_REJECTED', NOT_BILLABLE_NOT_STARTED: 'NOT_BILLABLE_NOT_STARTED',
});
export const BillingMode = values<DomainMode>({ ADVANCE: 'ADVANCE', ARREARS: 'ARREARS' });
export const InvoiceLineKind = values<DomainLineKind>({ CHARGE: 'CHARGE', CATCH_UP: 'CATCH_UP', BONUS: 'BONUS', ADDITIONAL: 'ADDITIONAL', CREDIT: 'CREDIT' });
export const ClientKind = values<CKind>({ PERSON: 'PERSON', COMPANY: 'COMPANY' });
export const ContractStatus = values<CStatus>({ DRAFT: 'DRAFT', SIGNED: 'SIGNED', TERMINATED: 'TERMINATED' });
export const BonusKind = values<BKind>({ PERCENT: 'PERCENT', FIXED: 'FIXED' });
export const AdditionalAmountKind = values<AKind>({ ONE_OFF: 'ONE_OFF', MONTHLY: 'MONTHLY' });
export const InvoiceKind = values<IKind>({ INVOICE: 'INVOICE', CREDIT_NOTE: 'CREDIT_NOTE' });
export const InvoiceStatus = values<IStatus>({ ISSUED: 'ISSUED', PAID: 'PAID', RETURNED: 'RETURNED' });
export const ActorKind = values<'ADMIN' | 'PARTNER'>({ ADMIN: 'ADMIN', PARTNER: 'PARTNER' });

registerEnumType(SubscriptionState, { name: 'SubscriptionState' });
registerEnumType(DeletionBlockerCode, { name: 'DeletionBlockerCode' });
registerEnumType(BillingAccountSource, { name: 'BillingAccountSource' });
registerEnumType(BillableStatusCode, { name: 'BillableStatusCode' });
registerEnumType(BillingMode, { name: 'BillingMode' });
registerEnumType(InvoiceLineKind, { name: 'InvoiceLineKind' });
registerEnumType(ClientKind, { name: 'ClientKind' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(BonusKind, { name: 'BonusKind' });
registerEnumType(AdditionalAmountKind, { name: 'AdditionalAmountKind' });
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });
registerEnumType(ActorKind, { name: 'ActorKind' });
