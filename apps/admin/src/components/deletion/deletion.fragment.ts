import { graphql } from '../../gql';

export const DeletionCheckFieldsFragment = graphql(`
  fragment DeletionCheckFields on DeletionCheck {
    allowed
    blockers {
      code
      message
      remedy
      field
      entityType
      entityId
    }
  }
`);
