// A background job as the SPA follows it (docs/jobs.md "Background jobs"): what JobProgress shows.
import { graphql } from '../gql';

export const BackgroundJobFieldsFragment = graphql(`
  fragment BackgroundJobFields on BackgroundJob {
    id
    kind
    status
    itemsDone
    itemsTotal
    createdAt
    startedAt
    finishedAt
    failure {
      code
      message
      remedy
      field
    }
  }
`);

export const BackgroundJobDocument = graphql(`
  query BackgroundJob($id: ID!) {
    backgroundJob(id: $id) {
      ...BackgroundJobFields
    }
  }
`);
