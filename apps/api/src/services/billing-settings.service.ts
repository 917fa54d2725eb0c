// The billing settings row (docs/product.md §2): mode and the mass-credit switch. Admin only.
import type { BillingMode } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import { BILLING_SETTINGS_ID, BillingSettingsEntity } from '../entities/index.js';
import { audit, diff } from './audit.service.js';
import type { Scope } from './scope.js';

export interface UpdateBillingSettingsInput { mode?: BillingMode | null; massCreditOnTariffMigration?: boolean | null }

export function loadBillingSettings(m: EntityManager): Promise<BillingSettingsEntity> {
  return m.findOneByOrFail(BillingSettingsEntity, { id: BILLING_SETTINGS_ID });
}

export class BillingSettingsService {
  constructor(private readonly scope: Scope) {}

  get(): Promise<BillingSettingsEntity> {
    return loadBillingSettings(this.scope.ds.manager);
  }

  update(input: UpdateBillingSettingsInput): Promise<BillingSettingsEntity> {
    return inTransaction(this.scope.ds, async (m) => {
      const before = await loadBillingSettings(m);
      const after: BillingSettingsEntity = {
        ...before,
        mode: input.mode ?? before.mode,
        massCreditOnTariffMigration: input.massCreditOnTariffMigration ?? before.massCreditOnTariffMigration,
        updatedAt: this.scope.now.toISOString(),
      };
      await m.update(BillingSettingsEntity, { id: BILLING_SETTINGS_ID }, { mode: after.mode, massCreditOnTariffMigration: after.massCreditOnTariffMigration, updatedAt: after.updatedAt });
      await audit(m, this.scope, [{ entityType: 'BillingSettings', entityId: String(BILLING_SETTINGS_ID), clientId: null, action: 'UPDATE', changes: diff(before, after, ['mode', 'massCreditOnTariffMigration']) }]);
      return after;
    });
  }
}
