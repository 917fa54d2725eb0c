// A tariff: monthly price without VAT in cents, VAT rate as a fraction (0.21).
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, IntColumn, ScaledColumn, TextColumn } from '../db/columns.js';

@Entity('tariffs')
export class TariffEntity {
  @IdColumn() id: string;
  @TextColumn(30) code: string;
  @TextColumn(200) name: string;
  @IntColumn() priceCents: number;
  @ScaledColumn() vatRate: number;
  @InstantColumn() createdAt: string;
}
