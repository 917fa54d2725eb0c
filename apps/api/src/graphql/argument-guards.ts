// The argument checks (control characters, id and search limits) run before the resolver of every field that
// takes arguments, and only there. As type-graphql global middlewares they wrapped every field of every
// answer, scalars included, in an async middleware chain: on a page of 100 clients that was most of the
// request's CPU, for fields that have no argument to check.
import { defaultFieldResolver, isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';
import { checkInputLimits } from './input-limits.js';
import { rejectControlChars } from './reject-control-chars.js';

const GUARDS: MiddlewareFn<Context>[] = [rejectControlChars, checkInputLimits];

export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const data = { root, args, context, info };
        // The guards throw on a refusal and otherwise return what next() returns.
        const run = (i: number): unknown => (i === GUARDS.length ? resolve(root, args, context, info) : GUARDS[i]!(data, () => run(i + 1) as Promise<unknown>));
        return run(0);
      };
    }
  }
  return schema;
}
