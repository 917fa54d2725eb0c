// Admin-only inputs: tariffs, billing settings, partners, users.
import { Field, Float, InputType, Int } from 'type-graphql';
import type { BillingMode as Mode } from '@antena/domain';
import { BillingMode } from '../types/enums.js';

@InputType()
export class CreateTariffInput {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Monthly price without VAT.' }) priceCents: number;
  @Field(() => Float, { nullable: true, description: 'Default 0.21.' }) vatRate?: number | null;
}

@InputType()
export class UpdateBillingSettingsInput {
  @Field(() => BillingMode, { nullable: true }) mode?: Mode | null;
  @Field(() => Boolean, { nullable: true }) massCreditOnTariffMigration?: boolean | null;
}

@InputType()
export class CreatePartnerInput {
  @Field() name: string;
}

@InputType()
export class CreateUserInput {
  @Field() email: string;
  @Field() password: string;
}
