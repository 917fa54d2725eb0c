// Turns a failed request into what the page shows: a general message and, for BAD_USER_INPUT,
// the message of each offending field so the form can put it under that field (docs/product.md §4).
import { CombinedGraphQLErrors } from '@apollo/client';

export interface ProblemReport {
  message: string;
  code: string | null;
  /** What to do about a domain refusal (BAD_USER_INPUT from a rule), as the server worded it. */
  remedy: string | null;
  fields: Record<string, string>;
}

export function describeError(error: unknown, fallback: string): ProblemReport {
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const field = e.extensions?.['field'];
      if (typeof field === 'string') fields[field] = e.message;
    }
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const remedy = first?.extensions?.['remedy'];
    return { message: first?.message ?? fallback, code: typeof code === 'string' ? code : null, remedy: typeof remedy === 'string' ? remedy : null, fields };
  }
  return { message: fallback, code: null, remedy: null, fields: {} };
}

/** The last segment of a dotted field path, e.g. "input.iban" → "iban", as forms name their fields. */
export function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}
