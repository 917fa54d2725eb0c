import { graphql } from '../../gql';

export const InvoicePageDocument = graphql(`
  query InvoicePage($id: ID!) {
    invoice(id: $id) {
      ...InvoiceRow
      series
      period
      baseCents
      taxCents
      vatBreakdown {
        vatRate
        baseCents
        taxCents
      }
      billingAccount {
        iban
        source
        explanation
      }
      contract {
        id
        number
      }
      rectifies {
        id
        number
      }
      lines {
        id
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

export const ContractInvoicesDocument = graphql(`
  query ContractInvoices($contractId: ID!) {
    invoices(contractId: $contractId, first: 100) {
      nodes {
        ...InvoiceRow
        rectifies {
          id
        }
      }
    }
  }
`);
