// One entry of a subscription's tariff timeline: the tariff applies from effectiveDate on.
import { Entity } from 'typeorm';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, RefColumn } from '../db/columns.js';

@Entity('subscription_tariff_changes')
export class SubscriptionTariffChangeEntity {
  @IdColumn() id: string;
  @RefColumn() subscriptionId: string;
  @RefColumn() tariffId: string;
  @DateOnlyColumn() effectiveDate: string;
  @InstantColumn() createdAt: string;
  /** Order of entries of the same effective date: the later one wins (a counter, never a timestamp that can tie). */
  @IntColumn() seq: number;
}
