// Audit actions and entity types as the API records them, in words; an unknown code shows as is.
import type { Language } from '../../i18n/language';

const ACTIONS: Record<Language, Record<string, string>> = {
  es: {
    CREATE: 'Alta', UPDATE: 'Modificación', DELETE: 'Baja', SIGN: 'Firma', UPDATE_SIGNATURE: 'Cambio de firma',
    CHANGE_STATE: 'Cambio de estado', MIGRATE_TARIFF: 'Cambio de tarifa', ADD_BONUS: 'Bonificación',
    ADD_ADDITIONAL_AMOUNT: 'Importe adicional', PAYMENT_STATUS: 'Estado de cobro', REVOKE: 'Revocación',
  },
  en: {
    CREATE: 'Created', UPDATE: 'Updated', DELETE: 'Deleted', SIGN: 'Signed', UPDATE_SIGNATURE: 'Signature changed',
    CHANGE_STATE: 'State changed', MIGRATE_TARIFF: 'Tariff changed', ADD_BONUS: 'Bonus added',
    ADD_ADDITIONAL_AMOUNT: 'Additional amount added', PAYMENT_STATUS: 'Payment status', REVOKE: 'Revoked',
  },
};

const ENTITIES: Record<Language, Record<string, string>> = {
  es: { Client: 'Cliente', Contract: 'Contrato', ServiceSubscription: 'Suscripción', Invoice: 'Factura', Bonus: 'Bonificación', AdditionalAmount: 'Importe adicional' },
  en: { Client: 'Client', Contract: 'Contract', ServiceSubscription: 'Subscription', Invoice: 'Invoice', Bonus: 'Bonus', AdditionalAmount: 'Additional amount' },
};

export const auditAction = (code: string, language: Language) => ACTIONS[language][code] ?? code;
export const auditEntity = (type: string, language: Language) => ENTITIES[language][type] ?? type;
