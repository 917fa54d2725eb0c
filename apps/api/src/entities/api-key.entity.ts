// A partner's API key: only its sha256 is stored; the key itself is shown once on creation.
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, TextColumn } from '../db/columns.js';

@Entity('api_keys')
export class ApiKeyEntity {
  @IdColumn() id: string;
  @RefColumn() partnerId: string;
  @TextColumn(200) name: string;
  /** First characters of the key, so an admin can tell keys apart without the secret. */
  @TextColumn(16) prefix: string;
  @TextColumn(64) keyHash: string;
  @InstantColumn() createdAt: string;
  @InstantColumn(true) revokedAt: string | null;
}
