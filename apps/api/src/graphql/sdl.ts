// The SDL committed as apps/api/schema.graphql: sorted, so it changes only when the API does.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

export const SCHEMA_HEADER = '# Generated from the code by `pnpm --filter @antena/api schema`. Do not edit.\n\n';

export async function schemaSdl(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
