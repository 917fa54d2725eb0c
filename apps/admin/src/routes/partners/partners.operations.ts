import { graphql } from '../../gql';

export const PartnersDocument = graphql(`
  query Partners {
    partners {
      id
      name
      createdAt
      apiKeys {
        id
        name
        prefix
        createdAt
        revokedAt
      }
    }
  }
`);

export const CreatePartnerDocument = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($partnerId: ID!, $name: String!) {
    createApiKey(partnerId: $partnerId, name: $name) {
      key
      apiKey {
        id
        prefix
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
