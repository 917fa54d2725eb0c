import { graphql } from '../../gql';

export const InvoicesDocument = graphql(`
  query Invoices($first: Int!, $after: String) {
    invoices(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InvoiceRow
      }
    }
  }
`);
