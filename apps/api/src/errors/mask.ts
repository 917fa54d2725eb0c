// Error masking: errors raised on purpose (AppError) and GraphQL's own request errors (parse,
// validation, variable coercion) reach the client; anything else is logged with the request id
// and answered as INTERNAL_SERVER_ERROR with that id — no message, stack or SQL. GraphQL's input
// errors are given their field and reason (input-errors.ts); an over-long query is a 400.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Locale } from '@antena/domain';
import { apiMessage } from '../i18n/api-messages.js';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import { AppError } from './errors.js';
import { describeInputError } from './input-errors.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

// Errors about the request itself (syntax, validation incl. graphql-armor's limits, variable
// coercion), raised by graphql-js/Apollo before any resolver runs.
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

// graphql-js's token limit stops the parser ("Document contains more that 5000 tokens").
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;

function isExpected(error: unknown): boolean {
  if (unwrapResolverError(error) instanceof AppError) return true;
  const gql = error as GraphQLError;
  // Anything with a path was thrown while resolving a field: only AppErrors are meant for the client.
  return typeof gql === 'object' && gql !== null && !gql.path?.length && REQUEST_CODES.has(String(gql.extensions?.['code']));
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isExpected(error)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: INTERNAL, extensions: { code: INTERNAL } };
}

/** The masked answer itself, for failures outside resolvers (e.g. building the context). */
export function internalError(locale: Locale, requestId: string): AppError {
  return new AppError(apiMessage(INTERNAL, locale, { requestId }), { extensions: { code: INTERNAL, requestId, http: { status: 500 } } });
}

export type ErrorLog = (entry: { requestId: string; error: unknown }) => void;

export const errorLogTo = (logger: Logger): ErrorLog => ({ requestId, error }) => {
  logger.error({ requestId, err: unwrapResolverError(error) }, 'request failed');
};

/** Logs the real cause server-side and puts the request id and a translated sentence in the answer. */
export function maskingPlugin(log: ErrorLog): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      // graphql-js's inner wording of each coercion error ("Field … was not provided."), by message.
      const inner = new Map<string, string>();
      return {
        async didEncounterErrors({ errors, contextValue }: GraphQLRequestContext<Context>) {
          for (const error of errors ?? []) {
            if (!isExpected(error)) log({ requestId: contextValue.requestId, error });
            // A parse failure skips willSendResponse: the over-long query is explained here.
            const tokens = TOKEN_LIMIT.exec(error.message);
            if (tokens) {
              error.message = apiMessage('QUERY_TOO_LONG', contextValue.locale ?? 'es', { max: tokens[1]! });
              Object.assign(error.extensions, { field: 'query', reason: 'QUERY_TOO_LONG', params: { max: Number(tokens[1]) } });
            }
            if (error.originalError && error.originalError !== error) inner.set(error.message, error.originalError.message);
          }
        },
        async willSendResponse({ response, contextValue, document }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const { requestId } = contextValue;
          const locale = contextValue.locale ?? 'es';
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            if (e.extensions?.['code'] === INTERNAL) {
              return { message: apiMessage(INTERNAL, locale, { requestId }), ...(e.path ? { path: e.path } : {}), extensions: { code: INTERNAL, requestId } };
            }
            return describeInputError(e, inner.get(e.message) ?? null, document, locale);
          });
        },
      };
    },
  };
}
