import { graphql } from '../../gql';

export const BillingModeDocument = graphql(`
  query BillingMode {
    billingSettings {
      mode
      massCreditOnTariffMigration
    }
  }
`);

export const BillingPreviewFieldsFragment = graphql(`
  fragment BillingPreviewFields on BillingPreview {
    period
    mode
    issueDate
    invoiceCount
    skippedCount
    baseCents
    taxCents
    totalCents
    skippedByReason {
      code
      count
    }
    invoices {
      contractId
      contractNumber
      clientId
      baseCents
      taxCents
      totalCents
      billingAccount {
        ...BillingAccountFields
      }
      lines {
        id
        description
        amountCents
      }
    }
    skipped {
      contractId
      contractNumber
      clientId
      code
      message
      remedy
    }
  }
`);

/** The preview of a period over the whole base runs as a background job (docs/jobs.md "Billing previews"). */
export const QueueBillingPreviewDocument = graphql(`
  mutation QueueBillingPreview($period: String!) {
    queueBillingPreview(period: $period, limit: 1000) {
      ...BackgroundJobFields
    }
  }
`);

/** The preview a COMPLETED job computed, in the reader's language. */
export const BillingPreviewJobDocument = graphql(`
  query BillingPreviewJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      billingPreview {
        ...BillingPreviewFields
      }
    }
  }
`);

export const BillingRunFieldsFragment = graphql(`
  fragment BillingRunFields on BillingRun {
    id
    kind
    period
    status
    issueDate
    invoiceCount
    skippedCount
    totalCents
    firstNumber
    lastNumber
    itemsDone
    itemsTotal
    skippedByReason {
      code
      count
    }
    failure {
      code
      message
      remedy
    }
  }
`);

/** A queued run, polled until it ends (docs/jobs.md). */
export const BillingRunDocument = graphql(`
  query BillingRun($id: ID!) {
    billingRun(id: $id) {
      ...BillingRunFields
    }
  }
`);

export const BillingRunsDocument = graphql(`
  query BillingRuns {
    billingRuns(first: 10) {
      ...BillingRunFields
      actorName
      startedAt
      finishedAt
    }
  }
`);

export const RunBillingDocument = graphql(`
  mutation RunBilling($period: String!) {
    runBilling(period: $period) {
      ...BillingRunFields
    }
  }
`);

export const RunMassCreditDocument = graphql(`
  mutation RunMassCredit($period: String!) {
    runMassCredit(period: $period) {
      ...BillingRunFields
    }
  }
`);
