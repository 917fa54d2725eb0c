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
  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {
    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
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
