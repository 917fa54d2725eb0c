// @antena/domain: Antena's billing and deletion rules, pure TypeScript (docs/rules.md). Everything is also under a sub-path.
export * from './money/index.js';
export * from './dates/index.js';
export * from './validation/index.js';
export * from './subscription/index.js';
export * from './contract/index.js';
export * from './billing/index.js';
export * from './deletion/index.js';
export * from './i18n/index.js';
export * from './explain/index.js';
export * from './sepa/index.js';
export * from './verifactu/index.js';
export * from './jobs/index.js';
