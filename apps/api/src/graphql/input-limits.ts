// Argument checks every field gets before its resolver: an `ID` is a non-empty id of at most 64
// characters (an empty partnerId used to reach the database as a broken foreign key), and a
// `search` is at most 200 characters. Refused as BAD_USER_INPUT naming the argument path.
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../errors/errors.js';
import type { Context } from './context.js';

export const MAX_ID_LENGTH = 64;
export const MAX_SEARCH_LENGTH = 200;

type Refusal = { field: string; code: 'ID_INVALID' | 'SEARCH_TOO_LONG'; params: Record<string, string | number> };

function check(type: GraphQLInputType, value: unknown, path: string, name: string): Refusal | null {
  if (value == null) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return null;
    for (let i = 0; i < value.length; i++) {
      const found = check(inner.ofType, value[i], `${path}.${i}`, name);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field) continue;
      const found = check(field.type, v, `${path}.${key}`, key);
      if (found) return found;
    }
    return null;
  }
  const named = getNamedType(inner).name;
  if (named === 'ID' && typeof value === 'string' && (value.trim() === '' || value.length > MAX_ID_LENGTH)) {
    return { field: path, code: 'ID_INVALID', params: { field: path, max: MAX_ID_LENGTH } };
  }
  if (name === 'search' && typeof value === 'string' && value.length > MAX_SEARCH_LENGTH) {
    return { field: path, code: 'SEARCH_TOO_LONG', params: { field: path, max: MAX_SEARCH_LENGTH } };
  }
  return null;
}

export const checkInputLimits: MiddlewareFn<Context> = ({ args, info, context }, next) => {
  const definitions = info.parentType.getFields()[info.fieldName]?.args;
  if (definitions?.length) {
    for (const definition of definitions) {
      const found = check(definition.type, args[definition.name], definition.name, definition.name);
      if (found) throw badInput(context.locale, found.field, found.code, found.params);
    }
  }
  return next();
};
