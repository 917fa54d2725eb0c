import { graphql } from '../../gql';

export const VerifactuRecordActions = graphql(`
  fragment VerifactuRecordActions on VerifactuRecord {
    id
    number
    position
    availableActions {
      action
      available
      reason {
        code
        message
        remedy
      }
    }
  }
`);

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
        subsanacion
        rechazoPrevio
        correctedBy {
          id
          position
        }
        ...VerifactuRecordActions
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
  query RejectedRecords($first: Int!, $after: String) {
    verifactuRecordPage(status: REJECTED, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        number
        issueDate
        invoiceId
        errorCode
        errorMessage
        answeredAt
        remedy
        ...VerifactuRecordActions
      }
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

export const CorrectRecordDocument = graphql(`
  mutation CorrectVerifactuRecord($id: ID!) {
    correctVerifactuRecord(id: $id) {
      corrected
      record {
        id
        status
        ...VerifactuRecordActions
      }
      correction {
        id
        position
        status
        subsanacion
        rechazoPrevio
      }
      refusal {
        code
        message
        remedy
      }
    }
  }
`);
