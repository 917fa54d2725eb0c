// Contract inputs: creation, signature and signature changes (rule 1), termination (docs/product.md §2).
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateContractInput {
  @Field(() => ID) clientId: string;
}

@InputType()
export class SignContractInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field({ description: 'YYYY-MM-DD' }) signedAt: string;
  @Field() signerName: string;
  @Field() signerTaxId: string;
  @Field() iban: string;
  @Field({ description: 'SEPA mandate reference, unique across contracts.' }) mandateReference: string;
}

@InputType()
export class UpdateContractSignatureInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) signerName?: string | null;
  @Field(() => String, { nullable: true }) signerTaxId?: string | null;
  @Field(() => String, { nullable: true }) iban?: string | null;
  @Field(() => String, { nullable: true }) mandateReference?: string | null;
}

@InputType()
export class TerminateContractInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field({ description: 'YYYY-MM-DD: the day the contract ends; recorded in its audit trail.' }) effectiveDate: string;
}
