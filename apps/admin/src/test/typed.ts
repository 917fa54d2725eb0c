// Mocked API answers typed with the operations' generated results and variables (src/gql, from the API's
// schema), so a mock that drifts from what the API sends fails `pnpm typecheck` instead of passing a test
// the real API would fail:
// - answer(document, variables, data): the operation's data, with the __typename the cache needs;
// - refuse(document, variables, code, field, …): an error as the API sends it — `code` from the API's
//   ErrorCode union, `field` an argument path of the operation's variables ("input.iban"), `reason` a code
//   of the domain or of the API, and by default the message and remedy those catalogs really render; or a
//   domain `refusal` (typed by the domain), explained as the API's refused() does;
// - unreachable(document): the operation must not be sent at all (the test fails if it is);
// - networkDown(document, variables): the request never reaches the API.
import { GraphQLError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MockLink } from '@apollo/client/testing';
import { explain, isMessageCode, message, remedy, type MessageCode, type Refusal } from '@antena/domain';
import type { ErrorCode } from '../../../api/src/errors/errors';
import { apiMessage, isApiMessageCode, type ApiMessageCode } from '../../../api/src/i18n/api-messages';

export type { ErrorCode };

export type MockResult<T> = T extends readonly (infer U)[]
  ? readonly MockResult<U>[]
  : T extends object
    ? { [K in keyof T]: MockResult<T[K]> } & { __typename?: string }
    : T;

type Depth = [never, 0, 1, 2, 3, 4];
/**
 * Every path the API may name in `extensions.field` for these variables: an argument ("input"), a field of
 * an input object ("input.iban"), an element of a list ("input.lines.0.amountCents"), up to 5 levels.
 */
export type FieldPath<T, D extends number = 5> = [D] extends [never] ? never
  : T extends readonly (infer U)[] ? `${number}` | `${number}.${FieldPath<U, Depth[D]>}`
  : T extends object ? { [K in keyof T & string]: K | (NonNullable<T[K]> extends object ? `${K}.${FieldPath<NonNullable<T[K]>, Depth[D]>}` : never) }[keyof T & string]
  : never;

/** The `reason` of a refusal: a code of the domain's catalog or of the API's own. */
export type Reason = MessageCode | ApiMessageCode;

type Variables<V> = V extends Record<string, never> ? V | undefined : V;

function operationName(document: TypedDocumentNode<unknown, never>): string {
  for (const d of document.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  return 'operation';
}

/**
 * The operation, sent with exactly these variables, answers `data` (`times` times; once by default);
 * `onSent` is told each time it is sent (to check that a confirmation came first).
 */
export function answer<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<Variables<TVariables>>, data: NoInfer<MockResult<TData>>,
  options: { times?: number; delay?: number; onSent?: () => void } = {},
): MockLink.MockedResponse<TData, TVariables> {
  const { onSent } = options;
  return {
    request: variables === undefined ? { query: document } : { query: document, variables: variables as TVariables },
    result: onSent ? () => { onSent(); return { data: data as TData }; } : { data: data as TData },
    ...(options.times !== undefined ? { maxUsageCount: options.times } : {}),
    ...(options.delay !== undefined ? { delay: options.delay } : {}),
  };
}

/**
 * The operation, sent with exactly these variables, is refused as the API refuses: `code`, and for
 * BAD_USER_INPUT the `field` path and `reason`; message and remedy are the catalogs' (Spanish) unless given.
 */
export function refuse<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<Variables<TVariables>>, code: ErrorCode, field?: NoInfer<FieldPath<TVariables>> | null,
  detail: { reason?: Reason; params?: Record<string, string | number>; message?: string; remedy?: string; refusal?: Refusal; extensions?: Record<string, unknown> } = {},
): MockLink.MockedResponse<TData, TVariables> {
  if (detail.refusal) {
    // As the API's refused(): the rule's own field (an entity field such as "subscriptions") wins over the argument path.
    const explained = explain(detail.refusal, 'es');
    const extensions = { code, field: detail.refusal.field ?? field, reason: detail.refusal.code, remedy: explained.remedy, params: detail.refusal.params, ...detail.extensions };
    return {
      request: variables === undefined ? { query: document } : { query: document, variables: variables as TVariables },
      result: { errors: [new GraphQLError(detail.message ?? explained.message, { extensions })] },
    };
  }
  const params = detail.params ?? {};
  const reason = detail.reason;
  const rendered = reason === undefined ? null
    : isApiMessageCode(reason) ? { message: apiMessage(reason, 'es', params), remedy: undefined }
    : isMessageCode(reason) ? { message: message(reason, 'es', params), remedy: remedy(reason, 'es', params) } : null;
  // Without a reason, the API's own sentence for the code (CONFLICT, NOT_FOUND…), from `params` (entityType, id, version).
  const text = detail.message ?? rendered?.message ?? (isApiMessageCode(code) ? apiMessage(code, 'es', { entityType: '', id: '', ...params }) : code);
  const extensions: Record<string, unknown> = {
    code,
    ...(field ? { field } : {}),
    ...(reason ? { reason } : {}),
    // badInput() sends the params; the other errors (e.g. LOGIN_THROTTLED) carry their own extensions.
    ...(reason && code === 'BAD_USER_INPUT' ? { params } : {}),
    ...((detail.remedy ?? rendered?.remedy) ? { remedy: detail.remedy ?? rendered?.remedy } : {}),
    ...detail.extensions,
  };
  return {
    request: variables === undefined ? { query: document } : { query: document, variables: variables as TVariables },
    result: { errors: [new GraphQLError(text, { extensions })] },
  };
}

/** The request never reaches the API (the network is down): not an answer of the API, so no code. */
export function networkDown<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<Variables<TVariables>>,
): MockLink.MockedResponse<TData, TVariables> {
  return { request: variables === undefined ? { query: document } : { query: document, variables: variables as TVariables }, error: new Error('Network down') };
}

const unexpected: string[] = [];

/** The operation must not be sent, with any variables: if it is, the test fails (src/test/setup.ts checks after each). */
export function unreachable<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>): MockLink.MockedResponse<TData, TVariables> {
  const name = operationName(document as TypedDocumentNode<unknown, never>);
  return {
    request: { query: document, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables) => {
      unexpected.push(`${name}(${JSON.stringify(variables)})`);
      return { errors: [new GraphQLError(`${name} must not be sent in this test`)] };
    },
  };
}

/** The operations sent that a test declared unreachable, since the last call (and forgets them). */
export function takeUnexpectedRequests(): string[] {
  return unexpected.splice(0);
}
