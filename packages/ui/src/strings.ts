// Every string the shared components show, in both languages; Record<…> makes a missing one a compile error.
import type { UiLocale } from './locale';

export type UiStringKey =
  | 'empty' | 'loading' | 'blockers' | 'confirm' | 'cancel' | 'close' | 'goToEntity' | 'remedy' | 'noBlockers'
  | 'chargedTo' | 'noAccount' | 'because'
  | 'source.CONTRACT_SIGNATURE' | 'source.CLIENT_PROFILE' | 'source.NONE'
  | 'date.format' | 'date.invalid' | 'date.openCalendar' | 'date.calendar' | 'date.previousMonth' | 'date.nextMonth'
  | 'date.previousYear' | 'date.nextYear' | 'date.previousDecade' | 'date.nextDecade';

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
  'date.format': 'DD/MM/AAAA',
  'date.invalid': '«{value}» no es una fecha del calendario: escríbela como DD/MM/AAAA (por ejemplo 16/11/2026) o elígela en el calendario.',
  'date.openCalendar': 'Abrir el calendario de {field}',
  'date.calendar': 'Calendario de {field}',
  'date.previousMonth': 'Mes anterior',
  'date.nextMonth': 'Mes siguiente',
  'date.previousYear': 'Año anterior',
  'date.nextYear': 'Año siguiente',
  'date.previousDecade': 'Década anterior',
  'date.nextDecade': 'Década siguiente',
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
  'date.format': 'DD/MM/YYYY',
  'date.invalid': '“{value}” is not a calendar date: type it as DD/MM/YYYY (for example 16/11/2026) or pick it from the calendar.',
  'date.openCalendar': 'Open the calendar for {field}',
  'date.calendar': 'Calendar for {field}',
  'date.previousMonth': 'Previous month',
  'date.nextMonth': 'Next month',
  'date.previousYear': 'Previous year',
  'date.nextYear': 'Next year',
  'date.previousDecade': 'Previous decade',
  'date.nextDecade': 'Next decade',
};

export const UI_STRINGS: Record<UiLocale, Record<UiStringKey, string>> = { es, en };

export function uiText(locale: UiLocale, key: UiStringKey, params: Record<string, string> = {}): string {
  return UI_STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}
