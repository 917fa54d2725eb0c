// Who changed what and when. `clientId` lets Client.auditTrail list everything under a client,
// and survives the client's deletion (no foreign key on purpose).
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, JsonColumn, TextColumn } from '../db/columns.js';

export type ActorType = 'USER' | 'PARTNER' | 'SYSTEM';
export interface FieldChangeValue { field: string; from: string | number | boolean | null; to: string | number | boolean | null }

@Entity('audit_entries')
export class AuditEntryEntity {
  @IdColumn() id: string;
  @TextColumn(10) actorType: ActorType;
  @TextColumn(36, true) actorId: string | null;
  @TextColumn(254) actorName: string;
  @TextColumn(30) entityType: string;
  @TextColumn(36) entityId: string;
  @TextColumn(36, true) clientId: string | null;
  @TextColumn(40) action: string;
  @JsonColumn() changes: FieldChangeValue[];
  @InstantColumn() at: string;
}
