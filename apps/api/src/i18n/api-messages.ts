// Messages for the API's own error codes (transport and access, not business rules: those are the domain's), as
// ICU patterns rendered by the domain's formatter (plurals, selects, dates and field names like every other
// message). Record<Code, …> makes a code without both translations a compile error.
import { formatMessage, type Locale } from '@antena/domain/i18n';

export type ApiMessageCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_CREDENTIALS' | 'INTERNAL_SERVER_ERROR'
  | 'DUPLICATE_VALUE' | 'API_KEY_REVOKED' | 'PAGE_SIZE_INVALID' | 'CURSOR_INVALID'
  | 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_BLANK' | 'SESSION_ENDED' | 'CSRF_HEADER_MISSING' | 'LOGIN_THROTTLED'
  | 'CANNOT_DELETE_SELF' | 'ID_INVALID' | 'VALUE_REQUIRED' | 'VALUE_INVALID' | 'FIELD_UNKNOWN' | 'QUERY_TOO_LONG'
  | 'RANGE_INVERTED';

type Params = Record<string, string | number>;

const ENTITY_ES = '{entityType, select, Client {ningún cliente} Contract {ningún contrato} ServiceSubscription {ninguna suscripción} Invoice {ninguna factura} Tariff {ninguna tarifa} Partner {ningún partner} ApiKey {ninguna clave de API} VerifactuRecord {ningún registro VeriFactu} User {ningún usuario} other {ningún elemento}}';
const ENTITY_EN = '{entityType, select, Client {client} Contract {contract} ServiceSubscription {subscription} Invoice {invoice} Tariff {tariff} Partner {partner} ApiKey {API key} VerifactuRecord {VeriFactu record} User {user} other {item}}';
const THE_ES = '{entityType, select, Client {El cliente} Contract {El contrato} ServiceSubscription {La suscripción} Invoice {La factura} Tariff {La tarifa} Partner {El partner} ApiKey {La clave de API} User {El usuario} other {El elemento}}';
const THE_EN = '{entityType, select, Client {The client} Contract {The contract} ServiceSubscription {The subscription} Invoice {The invoice} Tariff {The tariff} Partner {The partner} ApiKey {The API key} User {The user} other {The item}}';

/** Every API code in Spanish and English, as ICU patterns (exported for the message tests). */
export const API_CATALOG = {
  UNAUTHENTICATED: {
    es: 'Hace falta identificarse: envíe «Authorization: Bearer <token o clave de API>».',
    en: 'Authentication required: send "Authorization: Bearer <token or API key>".',
  },
  FORBIDDEN: { es: 'No tiene permiso para esta operación.', en: 'You are not allowed to perform this operation.' },
  NOT_FOUND: { es: `No existe ${ENTITY_ES} con id {id}.`, en: `There is no ${ENTITY_EN} with id {id}.` },
  CONFLICT: {
    es: `${THE_ES} ha cambiado desde que se leyó{hasVersion, select, yes { (versión {version})} other {}}. Vuelva a cargarlo y repita el cambio.`,
    en: `${THE_EN} changed since you read it{hasVersion, select, yes { (version {version})} other {}}. Reload it and repeat the change.`,
  },
  INVALID_CREDENTIALS: { es: 'Correo o contraseña incorrectos.', en: 'Wrong email or password.' },
  INTERNAL_SERVER_ERROR: {
    es: 'Error interno. Si persiste, comunique este identificador: {requestId}.',
    en: 'Internal error. If it persists, report this id: {requestId}.',
  },
  DUPLICATE_VALUE: { es: 'Ya existe otro registro con ese valor de «{field}».', en: 'Another record already has that "{field}".' },
  API_KEY_REVOKED: { es: 'La clave de API no es válida o ha sido revocada.', en: 'The API key is invalid or has been revoked.' },
  PAGE_SIZE_INVALID: { es: 'El tamaño de página debe estar entre 0 y {max, number}.', en: 'The page size must be between 0 and {max, number}.' },
  CURSOR_INVALID: {
    es: 'El cursor «after» no es válido: use el endCursor de la página anterior.',
    en: 'The "after" cursor is not valid: use the previous page’s endCursor.',
  },
  PASSWORD_TOO_SHORT: {
    es: 'La contraseña debe tener al menos {min, plural, one {# carácter} other {# caracteres}}.',
    en: 'The password must have at least {min, plural, one {# character} other {# characters}}.',
  },
  PASSWORD_TOO_LONG: {
    es: 'La contraseña puede tener como mucho {max, plural, one {# carácter} other {# caracteres}}.',
    en: 'The password may have at most {max, plural, one {# character} other {# characters}}.',
  },
  PASSWORD_BLANK: {
    es: 'La contraseña no puede ser solo espacios: escriba letras, cifras o signos.',
    en: 'The password cannot be only spaces: type letters, digits or symbols.',
  },
  SESSION_ENDED: {
    es: 'La sesión ha terminado (se cerró, cambió la contraseña o se eliminó el usuario): vuelva a identificarse.',
    en: 'The session has ended (signed out, password changed or user removed): sign in again.',
  },
  CSRF_HEADER_MISSING: {
    es: 'La cookie de sesión solo vale con la cabecera «x-antena-csrf: 1»; los scripts usan «Authorization: Bearer <token>».',
    en: 'The session cookie is only accepted with the header "x-antena-csrf: 1"; scripts use "Authorization: Bearer <token>".',
  },
  LOGIN_THROTTLED: {
    es: 'Demasiados intentos fallidos. Vuelva a intentarlo dentro de {retryAfterSeconds, plural, one {# segundo} other {# segundos}}.',
    en: 'Too many failed attempts. Try again in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
  },
  CANNOT_DELETE_SELF: {
    es: 'No puede eliminar su propio usuario: pida a otro administrador que lo haga.',
    en: 'You cannot remove your own user: ask another admin to do it.',
  },
  ID_INVALID: {
    es: '«{field}» no es un identificador válido: use el id que devolvió la API.',
    en: '"{field}" is not a valid id: use the id the API returned.',
  },
  VALUE_REQUIRED: { es: 'Falta «{field}» ({type}).', en: '"{field}" ({type}) is missing.' },
  VALUE_INVALID: { es: '«{field}» no tiene un valor válido: {detail}', en: '"{field}" has no valid value: {detail}' },
  FIELD_UNKNOWN: { es: '«{field}» no es un campo de {type}.', en: '"{field}" is not a field of {type}.' },
  QUERY_TOO_LONG: {
    es: 'La consulta es demasiado larga (más de {max, number} elementos): divídala en varias.',
    en: 'The query is too long (over {max, number} tokens): split it into several.',
  },
  RANGE_INVERTED: {
    es: '«{field}»: el valor inicial {from} es posterior al final {to}; cámbialos de orden o deja uno vacío.',
    en: '"{field}": the start {from} is after the end {to}; swap them or leave one empty.',
  },
} satisfies Record<ApiMessageCode, Record<Locale, string>>;

export function isApiMessageCode(code: string): code is ApiMessageCode {
  return Object.prototype.hasOwnProperty.call(API_CATALOG, code);
}

export function apiMessage(code: ApiMessageCode, locale: Locale, params: Params = {}): string {
  const values: Params = { entityType: '', ...params };
  if (code === 'CONFLICT') values['hasVersion'] = params['version'] !== undefined ? 'yes' : 'no';
  return formatMessage(API_CATALOG[code][locale], locale, values);
}
