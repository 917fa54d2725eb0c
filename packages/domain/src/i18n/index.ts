// Codes → Spanish and English messages and remedies (docs/codes.md).
/**
 * Every code in Spanish and English: `message` and `remedy` render the ICU sentence of a code with its params; `pickLocale` reads an Accept-Language header. The codes and their messages are listed in docs/codes.md.
 *
 * @module
 */
// The catalogs themselves stay internal: message() and remedy() are the way to read them.
export { type MessageCode, type Locale, type SubscriptionRefusalCode, LOCALES, MESSAGE_CODES, isMessageCode } from './codes.js';
export { message, remedy, formatMessage, pickLocale, stateLabel } from './format.js';
export { fieldLabel } from './fields.js';
