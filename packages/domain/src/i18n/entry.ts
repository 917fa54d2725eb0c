// One entry of a message catalog: the ICU message and remedy of a code (docs/codes.md). A leaf, so that the
// catalogs a module owns (sepa/catalog.*.ts) need nothing from i18n/codes.ts, which imports them.
export interface CatalogEntry { message: string; remedy: string }
