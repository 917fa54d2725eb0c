import { graphql } from '../../gql';

export const InvoicePageDocument = graphql(`
  query InvoicePage($id: ID!) {
    invoice(id: $id) {
      ...InvoiceRow
      series
      version
      creditReason
      rectificationType
      creditable {
        totalCents
        defaultRectificationType
        lines {
          lineId
          position
          amountCents
          vatRate
        }
      }
      availableActions {
        action
        available
      }
      period
      baseCents
      taxCents
      vatBreakdown {
        vatRate
        baseCents
        taxCents
      }
      billingAccount {
        ...BillingAccountFields
      }
      contract {
        id
        number
      }
      rectifies {
        id
        number
      }
      creditNotes {
        ...InvoiceRow
      }
      pdfUrl
      ...InvoiceVerifactuFields
      sepaDebits {
        endToEndId
        status
        returnReasonCode
        returnedOn
        returnReason {
          message
          remedy
        }
      }
      lines {
        id
        position
        kind
        description
        from
        to
        days
        daysInMonth
        amountCents
        vatRate
      }
    }
  }
`);
