// Messages for the billing runs' own codes (issue 4): why a contract was left out of a run, why a run
// or a payment-status change is refused, and what to do. The invoice calculation's codes (lines,
// NOTHING_TO_BILL…) are the domain's; these are about runs and stored invoices.
// Record<Code, …> makes a code without both languages and a remedy a compile error.
import { message, remedy, type Locale, type MessageCode } from '@antena/domain';

export type BillingCode =
  | 'ALREADY_INVOICED' | 'MASS_CREDIT_DISABLED' | 'MASS_CREDIT_NEEDS_ADVANCE' | 'PAYMENT_STATUS_UNCHANGED'
  | 'PAYMENT_TRANSITION_INVALID' | 'BILLING_RUN_INTERRUPTED';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;
const status: Record<Locale, Record<string, string>> = {
  es: { ISSUED: 'emitida', PAID: 'pagada', RETURNED: 'devuelta' },
  en: { ISSUED: 'issued', PAID: 'paid', RETURNED: 'returned' },
};
const st = (l: Locale, s: string | number | undefined) => status[l][String(s)] ?? String(s);

const messages = {
  ALREADY_INVOICED: {
    es: { message: (p) => `El contrato ${p.contract} ya tiene la factura ${p.number} del periodo ${p.period}.`, remedy: () => 'No hay que hacer nada: cada contrato se factura una vez por periodo. Para corregirla, emita una rectificativa.' },
    en: { message: (p) => `Contract ${p.contract} already has invoice ${p.number} for ${p.period}.`, remedy: () => 'Nothing to do: a contract is invoiced once per period. To correct it, issue a credit note.' },
  },
  MASS_CREDIT_DISABLED: {
    es: { message: () => 'Los abonos masivos por migración de tarifa están desactivados.', remedy: () => 'Active «massCreditOnTariffMigration» en la configuración de facturación (updateBillingSettings) y repita.' },
    en: { message: () => 'Mass credits on tariff migration are turned off.', remedy: () => 'Turn on "massCreditOnTariffMigration" in the billing settings (updateBillingSettings) and try again.' },
  },
  MASS_CREDIT_NEEDS_ADVANCE: {
    es: { message: () => 'Los abonos masivos solo existen facturando por adelantado (ADVANCE): en modo vencido (ARREARS) cada factura ya cobra cada día a la tarifa vigente.', remedy: () => 'No hace falta abonar nada en modo ARREARS; si factura por adelantado, cambie el modo a ADVANCE.' },
    en: { message: () => 'Mass credits only exist when billing in advance (ADVANCE): in ARREARS each invoice already charges every day at the tariff in force.', remedy: () => 'Nothing needs crediting in ARREARS mode; if you bill in advance, set the mode to ADVANCE.' },
  },
  PAYMENT_STATUS_UNCHANGED: {
    es: { message: (p) => `La ${p.kind === 'CREDIT_NOTE' ? 'rectificativa' : 'factura'} ${p.number} ya está ${st('es', p.status)}.`, remedy: () => 'No hay que hacer nada.' },
    en: { message: (p) => `${p.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'} ${p.number} is already ${st('en', p.status)}.`, remedy: () => 'Nothing to do.' },
  },
  PAYMENT_TRANSITION_INVALID: {
    es: { message: (p) => `La ${p.kind === 'CREDIT_NOTE' ? 'rectificativa' : 'factura'} ${p.number} está ${st('es', p.from)} y no puede pasar a ${st('es', p.to)}.`, remedy: (p) => `Estados permitidos desde ${st('es', p.from)}: ${String(p.allowed).split(',').map((s) => st('es', s)).join(', ') || 'ninguno'}.` },
    en: { message: (p) => `${p.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'} ${p.number} is ${st('en', p.from)} and cannot become ${st('en', p.to)}.`, remedy: (p) => `Allowed from ${st('en', p.from)}: ${String(p.allowed).split(',').map((s) => st('en', s)).join(', ') || 'none'}.` },
  },
  BILLING_RUN_INTERRUPTED: {
    es: { message: (p) => `La ejecución se interrumpió tras emitir ${p.invoiceCount} facturas completas.`, remedy: () => 'Vuelva a lanzarla: continúa donde quedó, sin duplicados ni huecos en la numeración.' },
    en: { message: (p) => `The run stopped after issuing ${p.invoiceCount} whole invoices.`, remedy: () => 'Run it again: it carries on where it stopped, with no duplicate and no gap in numbering.' },
  },
} satisfies Record<BillingCode, Record<Locale, { message: Text; remedy: Text }>>;

export function isBillingCode(code: string): code is BillingCode {
  return Object.prototype.hasOwnProperty.call(messages, code);
}

/** Any code a billing result may carry: ours or the domain's (skip reasons of the calculation). */
export function billingMessage(code: string, locale: Locale, params: Params = {}): { message: string; remedy: string } {
  if (isBillingCode(code)) return { message: messages[code][locale].message(params), remedy: messages[code][locale].remedy(params) };
  return { message: message(code as MessageCode, locale, params), remedy: remedy(code as MessageCode, locale, params) };
}
