// Client inputs. Values are checked by the domain validators in the service, not here.
import { Field, ID, InputType, Int } from 'type-graphql';
import type { ClientKind as Kind } from '../../entities/index.js';
import { ClientKind } from '../types/enums.js';

@InputType()
export class CreateClientInput {
  @Field(() => ClientKind) kind: Kind;
  @Field() name: string;
  @Field({ description: 'Spanish NIF, NIE or CIF; the check character is verified.' }) taxId: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) iban?: string | null;
  @Field(() => ID, { nullable: true, description: 'Admins only; a partner\'s clients are always its own.' }) partnerId?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; phone, address and iban may be set to null to clear them.' })
export class UpdateClientInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ClientKind, { nullable: true }) kind?: Kind | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) taxId?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) iban?: string | null;
}
