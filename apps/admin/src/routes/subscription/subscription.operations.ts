import { graphql } from '../../gql';

export const SubscriptionPageDocument = graphql(`
  query SubscriptionPage($id: ID!) {
    serviceSubscription(id: $id) {
      id
      state
      allowedTransitions
      billingStartDate
      stateChanges {
        state
        effectiveDate
      }
      tariffChanges {
        tariffId
        tariffCode
        priceCents
        effectiveDate
      }
      tariff {
        id
        code
        name
        priceCents
      }
      scheduledTariffChange {
        effectiveFrom
        tariff {
          id
          code
          name
          priceCents
        }
      }
      contract {
        id
        number
        client {
          id
          name
        }
      }
      billing {
        billable
        code
        reason
      }
      bonuses {
        ...BonusRow
      }
      additionalAmounts {
        ...AdditionalAmountRow
      }
      deletion {
        ...DeletionCheckFields
      }
    }
    tariffs {
      ...TariffOption
    }
  }
`);

export const ChangeSubscriptionStateDocument = graphql(`
  mutation ChangeSubscriptionState($id: ID!, $state: SubscriptionState!, $effectiveDate: String!) {
    changeSubscriptionState(id: $id, state: $state, effectiveDate: $effectiveDate) {
      id
      state
    }
  }
`);

export const MigrateSubscriptionTariffDocument = graphql(`
  mutation MigrateSubscriptionTariff($id: ID!, $tariffId: ID!, $effectiveDate: String!) {
    migrateSubscriptionTariff(id: $id, tariffId: $tariffId, effectiveDate: $effectiveDate) {
      id
    }
  }
`);

export const DeleteServiceSubscriptionDocument = graphql(`
  mutation DeleteServiceSubscription($id: ID!) {
    deleteServiceSubscription(id: $id) {
      deleted
      deletion {
        ...DeletionCheckFields
      }
    }
  }
`);
