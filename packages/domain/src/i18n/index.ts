// Codes → Spanish and English messages and remedies (SPEC §4 errors; STYLE examples 2–3).
export { type MessageCode, type Locale, type SubscriptionRefusalCode, type Catalog, type CatalogEntry, LOCALES, MESSAGE_CODES, isMessageCode } from './codes.js';
export { message, remedy, pickLocale, stateLabel } from './format.js';
export { es as catalogEs } from './catalog.es.js';
export { en as catalogEn } from './catalog.en.js';
