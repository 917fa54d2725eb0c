// Every string the shared components show, in both languages; Record<…> makes a missing one a compile error.
import type { UiLocale } from './locale';

export type UiStringKey =
  | 'empty' | 'loading' | 'blockers' | 'confirm' | 'cancel' | 'close' | 'goToEntity' | 'remedy' | 'noBlockers'
  | 'chargedTo' | 'noAccount' | 'because'
  | 'source.CONTRACT_SIGNATURE' | 'source.CLIENT_PROFILE' | 'source.NONE';

const es: Record<UiStringKey, string> = {
  empty: 'No hay nada que mostrar',
  blockers: 'Impedimentos',
  loading: 'Cargando…',
  confirm: 'Confirmar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  goToEntity: 'Ver {entity}',
  remedy: 'Qué hacer',
  noBlockers: 'No hay impedimentos',
  chargedTo: 'Se cobra en',
  noAccount: 'Sin cuenta de cargo: se paga por transferencia',
  because: 'porque',
  'source.CONTRACT_SIGNATURE': 'Firma del contrato',
  'source.CLIENT_PROFILE': 'Ficha del cliente',
  'source.NONE': 'Sin cuenta',
};

const en: Record<UiStringKey, string> = {
  empty: 'Nothing to show',
  blockers: 'Blockers',
  loading: 'Loading…',
  confirm: 'Confirm',
  cancel: 'Cancel',
  close: 'Close',
  goToEntity: 'Open {entity}',
  remedy: 'What to do',
  noBlockers: 'Nothing blocks it',
  chargedTo: 'Charged to',
  noAccount: 'No account to charge: paid by bank transfer',
  because: 'because',
  'source.CONTRACT_SIGNATURE': 'Contract signature',
  'source.CLIENT_PROFILE': 'Client profile',
  'source.NONE': 'No account',
};

export const UI_STRINGS: Record<UiLocale, Record<UiStringKey, string>> = { es, en };

export function uiText(locale: UiLocale, key: UiStringKey, params: Record<string, string> = {}): string {
  return UI_STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}
