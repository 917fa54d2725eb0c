import { graphql } from '../../gql';

export const ClientRowFragment = graphql(`
  fragment ClientRow on Client {
    id
    code
    name
    taxId
    email
    archivedAt
    deletion {
      allowed
    }
  }
`);

export const ClientsDocument = graphql(`
  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean, $partnerId: ID, $subscriptionState: SubscriptionState) {
    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived, partnerId: $partnerId, subscriptionState: $subscriptionState) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ClientRow
        }
      }
    }
  }
`);

export const PartnerOptionsDocument = graphql(`
  query PartnerOptions {
    partners {
      id
      name
    }
  }
`);

export const CreateClientDocument = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`);

export const TaxIdDuplicatesDocument = graphql(`
  query TaxIdDuplicates($taxId: String!, $clientId: ID) {
    taxIdDuplicates(taxId: $taxId, clientId: $clientId) {
      code
      message
      remedy
      entityId
    }
  }
`);
