import { graphql } from '../../gql';

// Figures over all the data, computed by the API: the chart and the states in one
// request; the undeletable clients page by page on their own, so paging does not redraw the chart.
// Both ask for `id` so the cache merges them into one Dashboard instead of one replacing the other.
export const DashboardSummaryDocument = graphql(`
  query DashboardSummary($months: Int!) {
    dashboard {
      id
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
      receivables {
        outstanding { count totalCents }
        returned { count totalCents }
      }
      monthlyRecurring { count totalCents }
    }
  }
`);

export const UndeletableClientsDocument = graphql(`
  query UndeletableClients($first: Int!, $after: String) {
    dashboard {
      id
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
