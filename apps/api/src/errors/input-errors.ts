// GraphQL's own input errors, made to name their field and reason like the API's (docs/product.md §4):
// variable coercion ("Variable "$i" got invalid value … at "i.kind"; …") and invalid literal
// arguments (validation). The field is the argument path ("input.kind"), found by walking the
// operation; the message is translated, and schema suggestions ("Did you mean …") are dropped.
import { getLocation, visit, type ASTNode, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Locale } from '@antena/domain';
import { apiMessage } from '../i18n/api-messages.js';

interface Paths {
  /** Variable name → where it is used ("input", "input.partnerId"). */
  variables: Map<string, string>;
  /** "line:column" of an argument value → its path. */
  at: Map<string, string>;
}

function pathsOf(document: DocumentNode): Paths {
  const variables = new Map<string, string>();
  const at = new Map<string, string>();
  const stack: string[] = [];
  const mark = (node: ASTNode) => {
    if (!node.loc) return;
    const { line, column } = getLocation(node.loc.source, node.loc.start);
    at.set(`${line}:${column}`, stack.join('.'));
  };
  visit(document, {
    Argument: {
      enter(node) { stack.push(node.name.value); mark(node.value); },
      leave() { stack.pop(); },
    },
    ObjectField: {
      enter(node) { stack.push(node.name.value); mark(node.value); },
      leave() { stack.pop(); },
    },
    Variable(node) {
      if (stack.length > 0 && !variables.has(node.name.value)) variables.set(node.name.value, stack.join('.'));
    },
    // Variables are declared in the operation's header: not a use.
    VariableDefinition: () => false,
  });
  return { variables, at };
}

const withoutSuggestions = (text: string) => text.replace(/\s*Did you mean[\s\S]*$/, '').trim();
const bracketsToDots = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

type Described = { field: string; reason: 'VALUE_REQUIRED' | 'VALUE_INVALID' | 'FIELD_UNKNOWN'; params: Record<string, string> };

/** Reads graphql-js's wording of an input problem at `base` (the value's path). */
function fromDetail(base: string, detail: string): Described {
  const join = (name: string) => (base ? `${base}.${name}` : name);
  let m = /^Field "(?:[^".]+\.)?([^"]+)" of required type "([^"]+)" was not provided\./.exec(detail);
  if (m) return { field: join(m[1]!), reason: 'VALUE_REQUIRED', params: { type: m[2]! } };
  m = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(detail);
  if (m) return { field: join(m[1]!), reason: 'FIELD_UNKNOWN', params: { type: m[2]! } };
  m = /^Expected non-nullable type "([^"]+)" not to be null\./.exec(detail);
  if (m) return { field: base, reason: 'VALUE_REQUIRED', params: { type: m[1]! } };
  m = /^Field "[^"]+" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./.exec(detail);
  if (m) return { field: join(m[1]!), reason: 'VALUE_REQUIRED', params: { type: m[2]! } };
  return { field: base, reason: 'VALUE_INVALID', params: { detail: withoutSuggestions(detail) } };
}

// Validation messages that are about an argument's value (the rest concern the selection).
const VALUE_MESSAGE = /^(Expected value of type|Expected type|Field "[^"]+" of required type|Field "[^"]+" is not defined by type|Field "[^"]+" argument "[^"]+" of type|Enum "[^"]+" cannot represent|Value "[^"]*" does not exist in|(String|Int|Float|Boolean|ID) cannot represent|Int cannot represent)/;

/**
 * Adds `field`, `reason` and a translated message to an input error; `original` is graphql-js's
 * inner message for variable coercion (the part after "; ").
 */
export function describeInputError(error: GraphQLFormattedError, original: string | null, document: DocumentNode | undefined, locale: Locale): GraphQLFormattedError {
  const code = error.extensions?.['code'];
  if (error.extensions?.['field'] !== undefined) return error;
  const paths = document ? pathsOf(document) : null;
  let described: Described | null = null;
  if (code === 'BAD_USER_INPUT' && error.message.startsWith('Variable "$')) {
    const name = /^Variable "\$([^"]+)"/.exec(error.message)![1]!;
    const argumentPath = paths?.variables.get(name) ?? name;
    let m = /^Variable "\$[^"]+" of (?:required|non-null) type "([^"]+)" (?:was not provided|must not be null)\./.exec(error.message);
    if (m) described = { field: argumentPath, reason: 'VALUE_REQUIRED', params: { type: m[1]! } };
    else {
      const detail = original ?? error.message.slice(error.message.indexOf('; ') + 2);
      const prefix = error.message.slice(0, Math.max(0, error.message.length - detail.length - 2));
      m = / at "([^"]+)"$/.exec(prefix);
      // The coercion path starts with the variable's name: swap it for where the variable is used.
      const inner = m ? bracketsToDots(m[1]!).split('.').slice(1).join('.') : '';
      described = fromDetail(inner ? `${argumentPath}.${inner}` : argumentPath, detail);
    }
  } else if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_MESSAGE.test(error.message)) {
    const location = error.locations?.[0];
    const base = (location && paths?.at.get(`${location.line}:${location.column}`)) ?? '';
    described = fromDetail(base, error.message);
    if (!described.field) return error;
  }
  if (!described) return error;
  const params = { field: described.field, type: '', detail: '', ...described.params };
  return {
    ...error,
    message: apiMessage(described.reason, locale, params),
    extensions: { ...error.extensions, field: described.field, reason: described.reason, params: described.params },
  };
}
