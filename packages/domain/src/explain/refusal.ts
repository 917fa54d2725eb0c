// The shape of every refusal the domain returns instead of throwing (STYLE example 1: refusals are results).
import type { EntityType } from '../deletion/types.js';
import type { MessageCode } from '../i18n/codes.js';

export interface Refusal {
  code: MessageCode;
  entityType?: EntityType | 'Invoice' | 'Remittance';
  entityId?: string;
  field?: string;
  params: Record<string, string | number>;
}
