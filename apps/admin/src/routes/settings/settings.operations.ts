import { graphql } from '../../gql';

export const BillingSettingsDocument = graphql(`
  query BillingSettings {
    billingSettings {
      mode
      massCreditOnTariffMigration
    }
  }
`);

export const UpdateBillingSettingsDocument = graphql(`
  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      mode
      massCreditOnTariffMigration
    }
  }
`);
