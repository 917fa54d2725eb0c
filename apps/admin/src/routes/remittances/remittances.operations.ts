import { graphql } from '../../gql';

export const RemittancePreviewFieldsFragment = graphql(`
  fragment RemittancePreviewFields on RemittancePreview {
    collectionDate
    painFormat
    count
    sumCents
    groups {
      sequenceType
      count
      sumCents
    }
    debits {
      invoiceId
      invoiceNumber
      clientId
      clientName
      contractId
      contractNumber
      amountCents
      endToEndId
      sequenceType
      iban
      amended
      reasons {
        code
        message
      }
    }
    excludedCount
    excludedByReason {
      code
      count
    }
    excluded {
      invoiceId
      invoiceNumber
      clientId
      clientName
      totalCents
      reason {
        code
        message
        remedy
      }
    }
  }
`);

/** The preview of a remittance runs as a background job (docs/sepa.md "Previews as jobs"): it may go through the whole base. */
export const QueueRemittancePreviewDocument = graphql(`
  mutation QueueRemittancePreview($collectionDate: String!) {
    queueRemittancePreview(collectionDate: $collectionDate, limit: 1000) {
      ...BackgroundJobFields
    }
  }
`);

/** The preview a COMPLETED REMITTANCE_PREVIEW job computed, in the reader's language. */
export const RemittancePreviewJobDocument = graphql(`
  query RemittancePreviewJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      remittancePreview {
        ...RemittancePreviewFields
      }
    }
  }
`);

export const RemittanceFieldsFragment = graphql(`
  fragment RemittanceFields on Remittance {
    id
    reference
    painFormat
    collectionDate
    status
    count
    sumCents
    createdAt
    createdBy
    settledAt
    downloadPath
  }
`);

export const RemittancesDocument = graphql(`
  query Remittances {
    remittances(first: 50) {
      ...RemittanceFields
    }
    sepaSettings {
      complete
      creditorName
      creditorId
      painFormat
      daysBetweenIssueAndCollection
      returnFeeEnabled
      returnFeeCents
    }
  }
`);

export const CreateRemittanceDocument = graphql(`
  mutation CreateRemittance($collectionDate: String!) {
    createRemittance(collectionDate: $collectionDate) {
      ...BackgroundJobFields
    }
  }
`);

/** What a COMPLETED REMITTANCE job generated. */
export const RemittanceJobDocument = graphql(`
  query RemittanceJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      remittance {
        ...RemittanceFields
      }
    }
  }
`);

export const MarkRemittanceSettledDocument = graphql(`
  mutation MarkRemittanceSettled($id: ID!) {
    markRemittanceSettled(id: $id) {
      ...RemittanceFields
    }
  }
`);

export const BankReturnImportFragment = graphql(`
  fragment BankReturnImportFields on BankReturnImport {
    format
    rowCount
    applied
    alreadyApplied
    unmatched
    ignored
    rows {
      endToEndId
      reasonCode
      returnedOn
      outcome
      invoiceId
      invoiceNumber
      fee
      explanation {
        code
        message
        remedy
      }
    }
  }
`);
