// The single row of billing settings (docs/product.md §2): mode and the mass-credit switch (rule 4).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BillingMode } from '@antena/domain/billing';
import { InstantColumn, TextColumn } from '../db/columns.js';

export const BILLING_SETTINGS_ID = 1;

@Entity('billing_settings')
export class BillingSettingsEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @TextColumn(10) mode: BillingMode;
  @Column({ type: 'boolean' }) massCreditOnTariffMigration: boolean;
  @InstantColumn() updatedAt: string;
}
