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

/** The PDFs of every invoice the filter selects, as one ZIP a worker makes (docs/jobs.md "PDF batches"). */
export const QueueInvoicePdfBatchDocument = graphql(`
  mutation QueueInvoicePdfBatch($filter: InvoiceFilter) {
    queueInvoicePdfBatch(filter: $filter) {
      ...BackgroundJobFields
    }
  }
`);

/** Where a COMPLETED batch's ZIP is. */
export const PdfBatchFileDocument = graphql(`
  query PdfBatchFile($id: ID!) {
    backgroundJob(id: $id) {
      id
      file {
        name
        contentType
        bytes
        url
        expiresAt
      }
    }
  }
`);
