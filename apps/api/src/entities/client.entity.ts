// A client (docs/product.md §2). `version` is the optimistic lock: updates are conditional on it.
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, IntColumn, RefColumn, TextColumn } from '../db/columns.js';

export type ClientKind = 'PERSON' | 'COMPANY';

@Entity('clients')
export class ClientEntity {
  @IdColumn() id: string;
  @TextColumn(20) code: string;
  @TextColumn(10) kind: ClientKind;
  @TextColumn(200) name: string;
  @TextColumn(20) taxId: string;
  @TextColumn(254) email: string;
  @TextColumn(30, true) phone: string | null;
  @TextColumn(300, true) address: string | null;
  @TextColumn(34, true) iban: string | null;
  @RefColumn(true) partnerId: string | null;
  /** What client searches compare: see clientSearchText in services/client-search.ts. */
  @TextColumn(700) searchText: string;
  /** Archived (docs/rules.md §1 rule 2, "Archive"): read-only, hidden from lists, never billed. */
  @InstantColumn(true) archivedAt: string | null;
  @IntColumn() version: number;
  @InstantColumn() createdAt: string;
  @InstantColumn() updatedAt: string;
}
