// Partners, API keys, users and the caller (docs/product.md §5).
import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './enums.js';

@ObjectType('Partner')
export class PartnerType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() createdAt: string;
}

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID) id: string;
  @Field(() => ID) partnerId: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix: string;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) revokedAt: string | null;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() role: string;
  @Field() createdAt: string;
}

@ObjectType('Me')
export class MeType {
  @Field(() => ActorKind) kind: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => PartnerType, { nullable: true }) partner: PartnerType | null;
}
