import { graphql } from '../../gql';

export const ClientProfileFragment = graphql(`
  fragment ClientProfile on Client {
    id
    version
    code
    kind
    name
    taxId
    email
    phone
    address
    iban
    archivedAt
    partner {
      id
      name
    }
  }
`);

export const ClientPageDocument = graphql(`
  query ClientPage($id: ID!) {
    client(id: $id) {
      ...ClientProfile
      deletion {
        ...DeletionCheckFields
      }
      contracts {
        ...ClientContract
      }
    }
  }
`);

// Tabs load their own lists: one query for everything would exceed the API's query-cost limit.
export const ClientInvoicesDocument = graphql(`
  query ClientInvoices($clientId: ID!) {
    invoices(clientId: $clientId, first: 100) {
      totalCount
      nodes {
        ...InvoiceRow
      }
    }
  }
`);

export const ClientAuditDocument = graphql(`
  query ClientAudit($id: ID!) {
    client(id: $id) {
      id
      auditTrail(first: 100) {
        totalCount
        nodes {
          ...AuditEntryRow
        }
      }
    }
  }
`);

export const UpdateClientDocument = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      client {
        ...ClientProfile
      }
      warnings {
        code
        message
        entityType
        entityId
        field
      }
    }
  }
`);

export const DeleteClientDocument = graphql(`
  mutation DeleteClient($id: ID!) {
    deleteClient(id: $id) {
      deleted
      deletion {
        ...DeletionCheckFields
      }
    }
  }
`);
