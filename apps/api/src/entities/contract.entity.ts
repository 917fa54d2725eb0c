// A contract and its signature (docs/product.md §2, rule 1: the signature carries its own payment data).
import { Entity } from 'typeorm';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, RefColumn, TextColumn } from '../db/columns.js';

export type ContractStatus = 'DRAFT' | 'SIGNED' | 'TERMINATED';

@Entity('contracts')
export class ContractEntity {
  @IdColumn() id: string;
  @TextColumn(20) number: string;
  @RefColumn() clientId: string;
  @TextColumn(12) status: ContractStatus;
  @DateOnlyColumn(true) signedAt: string | null;
  @TextColumn(200, true) signerName: string | null;
  @TextColumn(20, true) signerTaxId: string | null;
  @TextColumn(34, true) iban: string | null;
  @TextColumn(35, true) mandateReference: string | null;
  @IntColumn() version: number;
  @InstantColumn() createdAt: string;
  @InstantColumn() updatedAt: string;
}
