// The shape of every refusal the domain returns instead of throwing (refusals are results). A leaf: each module
// declares its own codes and returns RefusalOf<its codes>; the message catalog (i18n/codes.ts) imports those codes,
// never the other way round (docs/rules.md §4).

/** The kinds of entity a refusal or blocker can concern. */
export type EntityType = 'Client' | 'Contract' | 'ServiceSubscription' | 'Bonus' | 'AdditionalAmount';

/**
 * Why something was refused, with the codes of the module that refuses: a code, the entity and field it concerns,
 * and the params of its message and remedy. {@link Refusal} is the same shape for any code the package emits.
 */
export interface RefusalOf<C extends string> {
  code: C;
  entityType?: EntityType | 'Invoice' | 'Remittance';
  entityId?: string;
  field?: string;
  params: Record<string, string | number>;
}
