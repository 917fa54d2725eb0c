// Messages for the billing runs' own codes (docs/billing.md): a contract left out because a run already
// invoiced it, and a run that stopped half-way. Everything about invoices themselves (lines, skip
// reasons, payment status, mass-credit preconditions) is the domain's and explained by its catalogs.
// Record<Code, …> makes a code without both languages and a remedy a compile error.
import { message, remedy, type Locale, type MessageCode } from '@antena/domain';

export type BillingCode = 'ALREADY_INVOICED' | 'BILLING_RUN_INTERRUPTED' | 'BILLING_RUN_WORKER_LOST';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const messages = {
  ALREADY_INVOICED: {
    es: { message: (p) => `El contrato ${p.contract} ya tiene la factura ${p.number} del periodo ${p.period}.`, remedy: () => 'No hay que hacer nada: cada contrato se factura una vez por periodo. Para corregirla, emita una rectificativa.' },
    en: { message: (p) => `Contract ${p.contract} already has invoice ${p.number} for ${p.period}.`, remedy: () => 'Nothing to do: a contract is invoiced once per period. To correct it, issue a credit note.' },
  },
  BILLING_RUN_INTERRUPTED: {
    es: { message: (p) => `La ejecución se interrumpió tras emitir ${p.invoiceCount} facturas completas.`, remedy: () => 'Vuelva a lanzarla: continúa donde quedó, sin duplicados ni huecos en la numeración.' },
    en: { message: (p) => `The run stopped after issuing ${p.invoiceCount} whole invoices.`, remedy: () => 'Run it again: it carries on where it stopped, with no duplicate and no gap in numbering.' },
  },
  BILLING_RUN_WORKER_LOST: {
    es: { message: (p) => `El proceso que hacía la ejecución dejó de dar señales de vida tras emitir ${p.invoiceCount} facturas completas.`, remedy: () => 'Vuelva a lanzarla: continúa donde quedó, sin duplicados ni huecos en la numeración. Si se repite, compruebe que los procesos de trabajo (pnpm worker) están en marcha.' },
    en: { message: (p) => `The process doing the run stopped reporting after issuing ${p.invoiceCount} whole invoices.`, remedy: () => 'Run it again: it carries on where it stopped, with no duplicate and no gap in numbering. If it happens again, check that the workers (pnpm worker) are running.' },
  },
} satisfies Record<BillingCode, Record<Locale, { message: Text; remedy: Text }>>;

export function isBillingCode(code: string): code is BillingCode {
  return Object.prototype.hasOwnProperty.call(messages, code);
}

/** Any code a billing result may carry: ours or the domain's (skip reasons of the calculation). */
export function billingMessage(code: string, locale: Locale, params: Params = {}): { message: string; remedy: string } {
  if (isBillingCode(code)) {
    const entry: { message: Text; remedy: Text } = messages[code][locale];
    return { message: entry.message(params), remedy: entry.remedy(params) };
  }
  return { message: message(code as MessageCode, locale, params), remedy: remedy(code as MessageCode, locale, params) };
}
