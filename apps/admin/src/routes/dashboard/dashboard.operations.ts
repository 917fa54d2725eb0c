import { graphql } from '../../gql';

// The API has no aggregate queries yet, so the dashboard reads the latest 100 invoices and the
// first 100 clients (the connections' maximum page) and aggregates them here.
export const DashboardDocument = graphql(`
  query Dashboard {
    invoices(first: 100) {
      totalCount
      nodes {
        id
        period
        totalCents
      }
    }
    clients(first: 100) {
      totalCount
      nodes {
        id
        code
        name
        contracts {
          id
          subscriptions {
            id
            state
          }
        }
        deletion {
          allowed
          blockers {
            code
            message
          }
        }
      }
    }
  }
`);
