import { graphql } from '../../gql';

export const ContractPageDocument = graphql(`
  query ContractPage($id: ID!) {
    contract(id: $id) {
      id
      version
      availableActions {
        action
        available
      }
      number
      status
      client {
        id
        name
        taxId
        iban
      }
      signature {
        ...SignatureFields
      }
      billingAccount {
        ...BillingAccountFields
      }
      sepaMandateBlock {
        code
        message
        remedy
      }
      subscriptions {
        ...ContractSubscription
      }
      deletion {
        ...DeletionCheckFields
      }
    }
    tariffs {
      ...TariffOption
    }
  }
`);

export const SignContractDocument = graphql(`
  mutation SignContract($input: SignContractInput!) {
    signContract(input: $input) {
      id
      version
      status
    }
  }
`);

export const CreateServiceSubscriptionDocument = graphql(`
  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {
    createServiceSubscription(input: $input) {
      id
    }
  }
`);

export const DeleteContractDocument = graphql(`
  mutation DeleteContract($id: ID!) {
    deleteContract(id: $id) {
      deleted
      deletion {
        ...DeletionCheckFields
      }
    }
  }
`);

export const TerminateContractDocument = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      id
      version
      status
    }
  }
`);
