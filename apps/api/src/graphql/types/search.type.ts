// What global search answers (docs/search.md).
import { Field, ObjectType } from 'type-graphql';
import { ClientType } from './client.type.js';
import { ContractType } from './contract.type.js';
import { InvoiceType } from '../../billing/graphql/invoice.type.js';

@ObjectType('GlobalSearchHits', { description: 'At most `first` hits of each kind, each list in the order of the matched identifier.' })
export class GlobalSearchHitsType {
  @Field({ description: 'The term as it was asked for.' }) term: string;
  @Field(() => [ClientType], { description: 'Clients with a word of their name, code, tax id, e-mail or IBAN starting with the term (accents and case ignored); archived ones too.' })
  clients: unknown[];
  @Field(() => [ContractType], { description: 'Contracts whose number starts with the term.' }) contracts: unknown[];
  @Field(() => [InvoiceType], { description: 'Invoices and credit notes whose number starts with the term.' }) invoices: unknown[];
}
