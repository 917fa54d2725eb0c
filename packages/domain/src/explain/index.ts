// Refusals and their explanation in a locale (every refusal carries code, entity, field, message, remedy).
/**
 * Any refusal, deletion blocker or warning as the sentences shown to people: `explain(result, locale)`.
 *
 * @module
 */
export type { RefusalOf, EntityType } from './refusal.js';
export type { Refusal } from '../i18n/codes.js';
export { type Explained, explain } from './explain.js';
