import { graphql } from '../../gql';

export const InvoicesDocument = graphql(`
  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {
    invoices(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InvoiceRow
      }
    }
    invoiceTotals(filter: $filter) {
      count
      baseCents
      taxCents
      totalCents
    }
  }
`);

export const InvoiceClientOptionsDocument = graphql(`
  query InvoiceClientOptions($search: String) {
    clients(first: 20, search: $search) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const MarkInvoicesPaidDocument = graphql(`
  mutation MarkInvoicesPaid($ids: [ID!]!) {
    markInvoicesPaid(ids: $ids) {
      paid
      invoice {
        id
        number
        status
      }
      refusal {
        code
        message
        remedy
      }
    }
  }
`);
