import { graphql } from '../../gql';

export const SepaSettingsFieldsFragment = graphql(`
  fragment SepaSettingsFields on SepaSettings {
    complete
    creditorName
    creditorId
    initiatingPartyId
    iban
    bic
    painFormat
    daysBetweenIssueAndCollection
    returnFeeEnabled
    returnFeeCents
    returnFeeVatRate
  }
`);

export const SepaSettingsDocument = graphql(`
  query SepaSettings {
    sepaSettings {
      ...SepaSettingsFields
    }
  }
`);

export const UpdateSepaSettingsDocument = graphql(`
  mutation UpdateSepaSettings($input: UpdateSepaSettingsInput!) {
    updateSepaSettings(input: $input) {
      ...SepaSettingsFields
    }
  }
`);
