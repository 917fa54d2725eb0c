// Messages for the API's own error codes (transport and access, not business rules: those are
// the domain's). Record<Code, …> makes a code without both translations a compile error.
import type { Locale } from '@antena/domain/i18n';

export type ApiMessageCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_CREDENTIALS' | 'INTERNAL_SERVER_ERROR'
  | 'DUPLICATE_VALUE' | 'API_KEY_REVOKED' | 'PAGE_SIZE_INVALID' | 'CURSOR_INVALID'
  | 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_BLANK' | 'SESSION_ENDED' | 'CSRF_HEADER_MISSING' | 'LOGIN_THROTTLED'
  | 'CANNOT_DELETE_SELF' | 'ID_INVALID' | 'SEARCH_TOO_LONG' | 'VALUE_REQUIRED' | 'VALUE_INVALID' | 'FIELD_UNKNOWN' | 'QUERY_TOO_LONG'
  | 'RANGE_INVERTED';

type Params = Record<string, string | number>;

const NOUNS: Record<string, Record<Locale, string>> = {
  Client: { es: 'ningún cliente', en: 'client' },
  Contract: { es: 'ningún contrato', en: 'contract' },
  ServiceSubscription: { es: 'ninguna suscripción', en: 'subscription' },
  Invoice: { es: 'ninguna factura', en: 'invoice' },
  Tariff: { es: 'ninguna tarifa', en: 'tariff' },
  Partner: { es: 'ningún partner', en: 'partner' },
  ApiKey: { es: 'ninguna clave de API', en: 'API key' },
  VerifactuRecord: { es: 'ningún registro VeriFactu', en: 'VeriFactu record' },
  User: { es: 'ningún usuario', en: 'user' },
};
const noun = (entityType: string | number | undefined, locale: Locale) =>
  NOUNS[String(entityType)]?.[locale] ?? (locale === 'es' ? 'ningún elemento' : 'item');
const messages = {
  UNAUTHENTICATED: {
    es: () => 'Hace falta identificarse: envíe «Authorization: Bearer <token o clave de API>».',
    en: () => 'Authentication required: send "Authorization: Bearer <token or API key>".',
  },
  FORBIDDEN: {
    es: () => 'No tiene permiso para esta operación.',
    en: () => 'You are not allowed to perform this operation.',
  },
  NOT_FOUND: {
    es: (p: Params) => `No existe ${noun(p.entityType, 'es')} con id ${p.id}.`,
    en: (p: Params) => `There is no ${noun(p.entityType, 'en')} with id ${p.id}.`,
  },
  CONFLICT: {
    es: (p: Params) => `${p.entityType ?? 'El elemento'} ha cambiado desde que lo leyó${p.version !== undefined ? ` (versión ${p.version})` : ''}. Vuelva a cargarlo y repita el cambio.`,
    en: (p: Params) => `${p.entityType ?? 'The item'} changed since you read it${p.version !== undefined ? ` (version ${p.version})` : ''}. Reload it and repeat the change.`,
  },
  INVALID_CREDENTIALS: {
    es: () => 'Correo o contraseña incorrectos.',
    en: () => 'Wrong email or password.',
  },
  INTERNAL_SERVER_ERROR: {
    es: (p: Params) => `Error interno. Si persiste, comunique este identificador: ${p.requestId}.`,
    en: (p: Params) => `Internal error. If it persists, report this id: ${p.requestId}.`,
  },
  DUPLICATE_VALUE: {
    es: (p: Params) => `Ya existe otro registro con ese valor de «${p.field}».`,
    en: (p: Params) => `Another record already has that "${p.field}".`,
  },
  API_KEY_REVOKED: {
    es: () => 'La clave de API no es válida o ha sido revocada.',
    en: () => 'The API key is invalid or has been revoked.',
  },
  PAGE_SIZE_INVALID: {
    es: (p: Params) => `El tamaño de página debe estar entre 0 y ${p.max}.`,
    en: (p: Params) => `The page size must be between 0 and ${p.max}.`,
  },
  CURSOR_INVALID: {
    es: () => 'El cursor «after» no es válido: use el endCursor de la página anterior.',
    en: () => 'The "after" cursor is not valid: use the previous page\'s endCursor.',
  },
  PASSWORD_TOO_SHORT: {
    es: (p: Params) => `La contraseña debe tener al menos ${p.min} caracteres.`,
    en: (p: Params) => `The password must have at least ${p.min} characters.`,
  },
  PASSWORD_TOO_LONG: {
    es: (p: Params) => `La contraseña puede tener como mucho ${p.max} caracteres.`,
    en: (p: Params) => `The password may have at most ${p.max} characters.`,
  },
  PASSWORD_BLANK: {
    es: () => 'La contraseña no puede ser solo espacios: escriba letras, cifras o signos.',
    en: () => 'The password cannot be only spaces: type letters, digits or symbols.',
  },
  SESSION_ENDED: {
    es: () => 'La sesión ha terminado (se cerró, cambió la contraseña o se eliminó el usuario): vuelva a identificarse.',
    en: () => 'The session has ended (signed out, password changed or user removed): sign in again.',
  },
  CSRF_HEADER_MISSING: {
    es: () => 'La cookie de sesión solo vale con la cabecera «x-antena-csrf: 1»; los scripts usan «Authorization: Bearer <token>».',
    en: () => 'The session cookie is only accepted with the header "x-antena-csrf: 1"; scripts use "Authorization: Bearer <token>".',
  },
  LOGIN_THROTTLED: {
    es: (p: Params) => `Demasiados intentos fallidos. Vuelva a intentarlo dentro de ${p.retryAfterSeconds} s.`,
    en: (p: Params) => `Too many failed attempts. Try again in ${p.retryAfterSeconds} s.`,
  },
  CANNOT_DELETE_SELF: {
    es: () => 'No puede eliminar su propio usuario: pida a otro administrador que lo haga.',
    en: () => 'You cannot remove your own user: ask another admin to do it.',
  },
  ID_INVALID: {
    es: (p: Params) => `«${p.field}» no es un identificador válido: use el id que devolvió la API.`,
    en: (p: Params) => `"${p.field}" is not a valid id: use the id the API returned.`,
  },
  SEARCH_TOO_LONG: {
    es: (p: Params) => `La búsqueda puede tener como mucho ${p.max} caracteres.`,
    en: (p: Params) => `The search may have at most ${p.max} characters.`,
  },
  VALUE_REQUIRED: {
    es: (p: Params) => `Falta «${p.field}» (${p.type}).`,
    en: (p: Params) => `"${p.field}" (${p.type}) is missing.`,
  },
  VALUE_INVALID: {
    es: (p: Params) => `«${p.field}» no tiene un valor válido: ${p.detail}`,
    en: (p: Params) => `"${p.field}" has no valid value: ${p.detail}`,
  },
  FIELD_UNKNOWN: {
    es: (p: Params) => `«${p.field}» no es un campo de ${p.type}.`,
    en: (p: Params) => `"${p.field}" is not a field of ${p.type}.`,
  },
  QUERY_TOO_LONG: {
    es: (p: Params) => `La consulta es demasiado larga (más de ${p.max} elementos): divídala en varias.`,
    en: (p: Params) => `The query is too long (over ${p.max} tokens): split it into several.`,
  },
  RANGE_INVERTED: {
    es: (p: Params) => `«${p.field}»: el valor inicial ${p.from} es posterior al final ${p.to}; cámbialos de orden o deja uno vacío.`,
    en: (p: Params) => `"${p.field}": the start ${p.from} is after the end ${p.to}; swap them or leave one empty.`,
  },
} satisfies Record<ApiMessageCode, Record<Locale, (p: Params) => string>>;

export function isApiMessageCode(code: string): code is ApiMessageCode {
  return Object.prototype.hasOwnProperty.call(messages, code);
}

export function apiMessage(code: ApiMessageCode, locale: Locale, params: Params = {}): string {
  return messages[code][locale](params);
}
