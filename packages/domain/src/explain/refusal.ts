// The shape of every refusal the domain returns instead of throwing (refusals are results).
import type { EntityType } from '../deletion/types.js';
import type { MessageCode } from '../i18n/codes.js';

/** Why something was refused: a code, the entity and field it concerns, and the params of its message and remedy. Put it into words with {@link explain}. */
export interface Refusal {
  code: MessageCode;
  entityType?: EntityType | 'Invoice' | 'Remittance';
  entityId?: string;
  field?: string;
  params: Record<string, string | number>;
}
