// A reseller or integrator that owns clients and calls the API with its keys (docs/product.md §5).
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, TextColumn } from '../db/columns.js';

@Entity('partners')
export class PartnerEntity {
  @IdColumn() id: string;
  @TextColumn(200) name: string;
  @InstantColumn() createdAt: string;
}
