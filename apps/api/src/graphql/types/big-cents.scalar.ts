// Sums of money over many documents (run totals, preview totals, dashboard): 64-bit in the database, so they
// do not fit GraphQL's 32-bit Int (docs/product.md §4; docs/billing.md "64-bit money"). Field names still end in `Cents`.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function exact(value: unknown): number {
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    // Never a rounded amount: beyond 2^53 − 1 cents (90 billion €) the field fails rather than lies.
    throw new GraphQLError(`BigCents cannot represent ${String(value)} exactly`);
  }
  return n;
}

export const BigCents = new GraphQLScalarType({
  name: 'BigCents',
  description: 'A sum of money in integer cents over many documents, stored as a 64-bit integer. Sent as a JSON number, '
    + 'exact for any sum up to ±9 007 199 254 740 991 cents (JavaScript clients read it without loss); also accepted as a string of digits.',
  serialize: exact,
  parseValue: exact,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return exact(ast.value);
    throw new GraphQLError('BigCents must be an integer number of cents');
  },
});
