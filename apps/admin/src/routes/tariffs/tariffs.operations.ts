import { graphql } from '../../gql';

export const TariffsDocument = graphql(`
  query Tariffs {
    tariffs {
      id
      code
      name
      priceCents
      vatRate
    }
  }
`);

export const CreateTariffDocument = graphql(`
  mutation CreateTariff($input: CreateTariffInput!) {
    createTariff(input: $input) {
      id
    }
  }
`);
