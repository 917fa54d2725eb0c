// Codes → Spanish and English messages and remedies (SPEC §4 errors; STYLE examples 2–3).
// The catalogs themselves stay internal: message() and remedy() are the way to read them.
export { type MessageCode, type Locale, type SubscriptionRefusalCode, LOCALES, MESSAGE_CODES, isMessageCode } from './codes.js';
export { message, remedy, pickLocale, stateLabel } from './format.js';
