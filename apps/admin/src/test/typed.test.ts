// The typed mock helpers: what they build, and (the `@ts-expect-error` lines, checked by `pnpm typecheck`)
// that a mock with a field the operation does not select, a variable it does not take, an error code the
// API never sends, a field path outside the variables or an unknown reason does not compile.
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { GlobalSearchDocument } from '../routes/search/search.operations';
import { UpdateClientDocument } from '../routes/client/client.operations';
import { answer, refuse, takeUnexpectedRequests, unreachable } from './typed';

const input = { id: 'c1', version: 3, iban: 'ES00 1234' };
const hits = { term: 'ana', clients: [], contracts: [], invoices: [] };

describe('answer', () => {
  it('answers the data for exactly these variables', () => {
    const mock = answer(GlobalSearchDocument, { term: 'ana', first: 5 }, { globalSearch: { __typename: 'GlobalSearchHits', ...hits } }, { times: 2 });
    expect(mock.request).toEqual({ query: GlobalSearchDocument, variables: { term: 'ana', first: 5 } });
    expect(mock.result).toEqual({ data: { globalSearch: { __typename: 'GlobalSearchHits', ...hits } } });
    expect(mock.maxUsageCount).toBe(2);
  });

  it('does not compile with a field the operation does not select, or a wrong variable', () => {
    answer(GlobalSearchDocument, { term: 'ana' }, { globalSearch: hits });
    // @ts-expect-error `names` is not a field of GlobalSearchHits as the operation selects it
    answer(GlobalSearchDocument, { term: 'ana' }, { globalSearch: { names: [], ...hits } });
    // @ts-expect-error `query` is not a variable of GlobalSearch
    answer(GlobalSearchDocument, { query: 'ana' }, { globalSearch: hits });
    // @ts-expect-error a client hit needs every selected field (here `taxId` and `archivedAt` are missing)
    answer(GlobalSearchDocument, { term: 'ana' }, { globalSearch: { ...hits, clients: [{ id: 'c1', code: 'C000001', name: 'Ana' }] } });
  });
});

describe('refuse', () => {
  it('sends the error as the API does, message and remedy from the real catalogs', () => {
    const mock = refuse(UpdateClientDocument, { input }, 'BAD_USER_INPUT', 'input.iban', { reason: 'IBAN_INVALID', params: { field: 'iban', value: 'ES00 1234' } });
    const error = (mock.result as { errors: GraphQLError[] }).errors[0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.iban', reason: 'IBAN_INVALID' });
    expect(error.message).toMatch(/IBAN/);
    expect(typeof error.extensions['remedy']).toBe('string');
    const refused = refuse(GlobalSearchDocument, { term: '--' }, 'BAD_USER_INPUT', 'term', { reason: 'SEARCH_EMPTY' });
    expect((refused.result as { errors: GraphQLError[] }).errors[0]!.message).toBe('La búsqueda está vacía: no tiene ninguna letra ni cifra.');
    const conflict = refuse(UpdateClientDocument, { input }, 'CONFLICT');
    expect((conflict.result as { errors: GraphQLError[] }).errors[0]!.extensions['code']).toBe('CONFLICT');
  });

  it('does not compile with a code, field or reason the API never sends', () => {
    // @ts-expect-error the API has no error code VALIDATION_ERROR (see ErrorCode in apps/api/src/errors)
    refuse(UpdateClientDocument, { input }, 'VALIDATION_ERROR', 'input.iban');
    // @ts-expect-error the API names the argument path: "input.iban", never "iban.input"
    refuse(UpdateClientDocument, { input }, 'BAD_USER_INPUT', 'iban.input');
    // @ts-expect-error UpdateClient has no variable `client`
    refuse(UpdateClientDocument, { input }, 'BAD_USER_INPUT', 'client.iban');
    // @ts-expect-error IBAN_WRONG is not a code of the domain nor of the API
    refuse(UpdateClientDocument, { input }, 'BAD_USER_INPUT', 'input.iban', { reason: 'IBAN_WRONG' });
  });
});

describe('unreachable', () => {
  it('records a request it receives, so the test that sent it fails', () => {
    const mock = unreachable(UpdateClientDocument);
    const result = mock.result as (v: Record<string, unknown>) => { errors: GraphQLError[] };
    expect(result({ input }).errors[0]!.message).toMatch(/UpdateClient must not be sent/);
    expect(takeUnexpectedRequests()).toEqual([`UpdateClient(${JSON.stringify({ input })})`]);
    expect(takeUnexpectedRequests()).toEqual([]);
  });
});
