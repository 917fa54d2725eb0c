import { graphql } from '../../gql';

export const InvoiceVerifactuFields = graphql(`
  fragment InvoiceVerifactuFields on Invoice {
    id
    voidedAt
    verifactu {
      hash
      status
      qrUrl
      voided
      records {
        id
        kind
        status
        errorCode
        errorMessage
        remedy
      }
    }
  }
`);

export const VoidInvoiceDocument = graphql(`
  mutation VoidInvoice($id: ID!) {
    voidInvoice(id: $id) {
      ...InvoiceVerifactuFields
    }
  }
`);

export const RejectedRecordsDocument = graphql(`
  query RejectedRecords {
    verifactuRecords(status: REJECTED, first: 500) {
      id
      kind
      number
      issueDate
      invoiceId
      errorCode
      errorMessage
      answeredAt
      remedy
    }
  }
`);

export const ResendRecordDocument = graphql(`
  mutation ResendVerifactuRecord($id: ID!) {
    resendVerifactuRecord(id: $id) {
      id
      status
    }
  }
`);
