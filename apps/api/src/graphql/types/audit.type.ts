// Audit trail entries: who changed what and when.
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.js';

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field() at: string;
  @Field() actorType: string;
  @Field() actorName: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => ID) entityId: string;
  @Field(() => [FieldChangeType]) changes: FieldChangeType[];
}

export const AuditEntryConnection = connectionOf(AuditEntryType, 'AuditEntry');
