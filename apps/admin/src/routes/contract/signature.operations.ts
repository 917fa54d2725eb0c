import { graphql } from '../../gql';

export const UpdateContractSignatureDocument = graphql(`
  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {
    updateContractSignature(input: $input) {
      id
      version
      signature {
        ...SignatureFields
      }
      billingAccount {
        ...BillingAccountFields
      }
    }
  }
`);
