// Every entity, passed explicitly to the DataSource (no globs under ESM).
import { AdditionalAmountEntity } from './additional-amount.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { AppSettingEntity } from './app-setting.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { BillingRunEntity } from './billing-run.entity.js';
import { BillingRunShardEntity } from './billing-run-shard.entity.js';
import { BillingSettingsEntity } from './billing-settings.entity.js';
import { BonusEntity } from './bonus.entity.js';
import { ClientEntity } from './client.entity.js';
import { ContractEntity } from './contract.entity.js';
import { InvoiceCounterEntity } from './invoice-counter.entity.js';
import { InvoiceLineEntity } from './invoice-line.entity.js';
import { InvoiceEntity } from './invoice.entity.js';
import { PartnerEntity } from './partner.entity.js';
import { SequenceEntity } from './sequence.entity.js';
import { SessionEntity } from './session.entity.js';
import { SubscriptionStateChangeEntity } from './subscription-state-change.entity.js';
import { SubscriptionTariffChangeEntity } from './subscription-tariff-change.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { TariffEntity } from './tariff.entity.js';
import { UserEntity } from './user.entity.js';
import { verifactuEntities } from '../verifactu/verifactu.entities.js';
import { RemittanceEntity, SepaDebitEntity, SepaSettingsEntity } from '../sepa/sepa.entities.js';
import { ZeroTotalChargeEntity } from './zero-total-charge.entity.js';
import { BackgroundJobEntity } from '../jobs/background.entity.js';

export {
  AdditionalAmountEntity, ApiKeyEntity, AppSettingEntity, AuditEntryEntity, BillingRunEntity, BillingRunShardEntity, BillingSettingsEntity,
  BonusEntity, ClientEntity, ContractEntity, InvoiceCounterEntity, InvoiceEntity, InvoiceLineEntity, PartnerEntity,
  SequenceEntity, SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity, SessionEntity, UserEntity, ZeroTotalChargeEntity,
};

export const entities = [
  PartnerEntity, ApiKeyEntity, UserEntity, ClientEntity, ContractEntity, TariffEntity, SubscriptionEntity,
  SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, BonusEntity, AdditionalAmountEntity, InvoiceEntity,
  InvoiceLineEntity, InvoiceCounterEntity, BillingRunEntity, BillingRunShardEntity, BillingSettingsEntity, AppSettingEntity, SequenceEntity,
  AuditEntryEntity, SessionEntity, ZeroTotalChargeEntity, SepaSettingsEntity, RemittanceEntity, SepaDebitEntity, ...verifactuEntities,
  BackgroundJobEntity,
];

export { BILLING_SETTINGS_ID } from './billing-settings.entity.js';
export type { ClientKind } from './client.entity.js';
export type { ContractStatus } from './contract.entity.js';
export type { BonusKind } from './bonus.entity.js';
export type { AdditionalAmountKind } from './additional-amount.entity.js';
export type { InvoiceKind, InvoiceStatus } from './invoice.entity.js';
export type { BillingRunKind, BillingRunStatus } from './billing-run.entity.js';
export type { ShardStatus } from './billing-run-shard.entity.js';
export type { ActorType, FieldChangeValue } from './audit-entry.entity.js';
