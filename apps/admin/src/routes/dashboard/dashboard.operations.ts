import { graphql } from '../../gql';

// Figures over all the data, computed by the API (issue 5): the chart and the states in one
// request; the undeletable clients page by page on their own, so paging does not redraw the chart.
export const DashboardSummaryDocument = graphql(`
  query DashboardSummary($months: Int!) {
    dashboard {
      currentPeriod
      monthlyTotals(months: $months) {
        period
        invoices { count totalCents }
        creditNotes { count totalCents }
        net { count baseCents taxCents totalCents }
      }
      subscriptionsByState {
        state
        count
      }
    }
  }
`);

export const UndeletableClientsDocument = graphql(`
  query UndeletableClients($first: Int!, $after: String) {
    dashboard {
      undeletableClients(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          code
          name
          deletion {
            allowed
            blockers { code message entityType entityId }
          }
        }
      }
    }
  }
`);
