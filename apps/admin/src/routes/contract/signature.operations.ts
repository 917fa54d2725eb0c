import { graphql } from '../../gql';

export const UpdateContractSignatureDocument = graphql(`
  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {
    updateContractSignature(input: $input) {
      id
      version
      signature {
        signedAt
        signerName
        signerTaxId
        iban
        mandateReference
      }
      billingAccount {
        iban
        source
        explanation
      }
    }
  }
`);
