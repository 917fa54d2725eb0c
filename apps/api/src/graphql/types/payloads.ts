// Mutation payloads: refusals and warnings are results.
import { Field, Int, ObjectType } from 'type-graphql';
import { ApiKeyType, UserType } from './access.type.js';
import { ClientType } from './client.type.js';
import { DeletionCheck, Explanation } from './explanation.types.js';

@ObjectType({ description: 'deleted: false → nothing was removed; deletion says why, entity by entity.' })
export class DeletionPayload {
  @Field() deleted: boolean;
  @Field(() => DeletionCheck) deletion: DeletionCheck;
}

@ObjectType()
export class UpdateClientPayload {
  @Field(() => ClientType) client: ClientType;
  @Field(() => [Explanation], { description: 'SIGNATURE_IBAN_PREVAILS for each signed contract still charged to its signature\'s IBAN; DUPLICATE_TAX_ID for each other client with the new tax id.' })
  warnings: Explanation[];
}

@ObjectType()
export class LoginPayload {
  @Field() token: string;
  @Field() expiresAt: string;
  @Field(() => UserType) user: UserType;
}

@ObjectType({ description: 'A session of the admin SPA: its token is in an httpOnly cookie, never in the answer.' })
export class SignInPayload {
  @Field() expiresAt: string;
  @Field(() => UserType) user: UserType;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Int, { description: 'Sessions of the user that were ended, this one included: sign in again with the new password.' }) sessionsEnded: number;
}

@ObjectType()
export class DeleteUserPayload {
  @Field() deleted: boolean;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType) apiKey: ApiKeyType;
  @Field({ description: 'The key itself: shown only now, store it safely.' }) key: string;
}
