import { graphql } from '../../gql';

export const GlobalSearchDocument = graphql(`
  query GlobalSearch($term: String!, $first: Int) {
    globalSearch(term: $term, first: $first) {
      term
      clients {
        id
        code
        name
        taxId
        archivedAt
      }
      contracts {
        id
        number
        status
        client {
          id
          name
        }
      }
      invoices {
        id
        number
        kind
        totalCents
        client {
          id
          name
        }
      }
    }
  }
`);
