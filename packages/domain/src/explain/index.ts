// Refusals and their explanation in a locale (STYLE example 1: every refusal carries code, entity, field, message, remedy).
export { type Refusal } from './refusal.js';
export { type Explained, explain } from './explain.js';
