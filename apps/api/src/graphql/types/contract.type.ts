// Contract and its signature (docs/product.md §4, rule 1).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ContractStatus } from './enums.js';

@ObjectType('ContractSignature')
export class ContractSignatureType {
  @Field() signedAt: string;
  @Field() signerName: string;
  @Field() signerTaxId: string;
  @Field() iban: string;
  @Field() mandateReference: string;
}

@ObjectType('Contract')
export class ContractType {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field(() => ContractStatus) status: string;
  @Field(() => Int, { description: 'Send it back with signContract/updateContractSignature/terminateContract: a stale version is a CONFLICT.' }) version: number;
  @Field() createdAt: string;
}
