// Client (docs/product.md §4). Relations and checks are field resolvers in client.resolver.ts.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.js';
import { ClientKind } from './enums.js';

@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => ClientKind) kind: string;
  @Field() name: string;
  @Field() taxId: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true, description: 'Profile IBAN. Signed contracts are charged to their signature\'s IBAN instead (rule 1).' })
  iban: string | null;
  @Field(() => String, { nullable: true, description: 'When it was archived: read-only but for unarchiveClient, hidden from lists, never billed.' })
  archivedAt: string | null;
  @Field(() => Int, { description: 'Send it back with updateClient: a stale version is a CONFLICT.' }) version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

export const ClientConnection = connectionOf(ClientType, 'Client');
