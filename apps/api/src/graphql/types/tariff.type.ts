// Tariff and billing settings (docs/product.md §2).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BillingMode } from './enums.js';

@ObjectType('Tariff')
export class TariffType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Monthly price without VAT.' }) priceCents: number;
  @Field(() => Float, { description: '0.21 is 21 %.' }) vatRate: number;
}

@ObjectType('BillingSettings')
export class BillingSettingsType {
  @Field(() => BillingMode) mode: string;
  @Field({ description: 'Rule 4: credit notes for the unused days of the old tariff after a mid-month migration (ADVANCE only).' })
  massCreditOnTariffMigration: boolean;
  @Field() updatedAt: string;
}
