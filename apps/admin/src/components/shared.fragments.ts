// Selections several pages read the same way: the billing account panel (rule 1), a signed contract's
// signature, and a tariff offered in a picker. Fragment masking is off, so they inline into each type.
import { graphql } from '../gql';

export const BillingAccountFieldsDoc = graphql(`
  fragment BillingAccountFields on BillingAccount {
    iban
    source
    explanation
  }
`);

export const SignatureFieldsDoc = graphql(`
  fragment SignatureFields on ContractSignature {
    signedAt
    signerName
    signerTaxId
    iban
    mandateReference
  }
`);

export const TariffOptionDoc = graphql(`
  fragment TariffOption on Tariff {
    id
    code
    name
    priceCents
  }
`);
