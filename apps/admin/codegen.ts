import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come only from the API's committed schema; `pnpm codegen --check` fails when they drift.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  // Tests are not documents: a query written only for a test must not enter the generated types.
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*', '!src/**/*.test.ts', '!src/**/*.test.tsx'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars: { DateOnly: 'string', Period: 'string', DateTime: 'string', ID: 'string', BigCents: 'number', SafeInt: 'number' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
