// Error masking (issue 3): errors raised on purpose (AppError) and GraphQL's own request errors
// (parse, validation, variable coercion) reach the client; anything else is logged with the
// request id and answered as INTERNAL_SERVER_ERROR with that id — no message, stack or SQL.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Locale } from '@antena/domain';
import { apiMessage } from '../i18n/api-messages.js';
import type { Context } from '../graphql/context.js';
import { AppError } from './errors.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

// Errors about the request itself (syntax, validation incl. graphql-armor's limits, variable
// coercion), raised by graphql-js/Apollo before any resolver runs.
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

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

export const defaultErrorLog: ErrorLog = ({ requestId, error }) => {
  console.error(`[antena] request ${requestId} failed:`, unwrapResolverError(error));
};

/** Logs the real cause server-side and puts the request id and a translated sentence in the answer. */
export function maskingPlugin(log: ErrorLog): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }: GraphQLRequestContext<Context>) {
          for (const error of errors ?? []) if (!isExpected(error)) log({ requestId: contextValue.requestId, error });
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const { requestId, locale } = contextValue;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            e.extensions?.['code'] === INTERNAL
              ? { message: apiMessage(INTERNAL, locale ?? 'es', { requestId }), ...(e.path ? { path: e.path } : {}), extensions: { code: INTERNAL, requestId } }
              : e,
          );
        },
      };
    },
  };
}
