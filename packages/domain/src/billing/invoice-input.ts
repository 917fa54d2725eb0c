// Whether the input of calculateInvoice or calculateMassCredit is well formed, and if not, which field and why,
// so a caller can pass untrusted data and get an explained result instead of an exception (docs/rules.md §4).
import { isDateOnly } from '../dates/day-number.js';
import { isPeriod } from '../dates/period.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { isSubscriptionState } from '../subscription/states.js';
import type { CalculateInvoiceInput } from './types.js';
import { isCents, isPercent, isVatRate, validatePercent, validateVatRate } from '../validation/numbers.js';

type Obj = Record<string, unknown>;
type Check = (v: unknown, field: string) => RefusalOf<ValidationCode> | null;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};
const refuse = (code: RefusalOf<ValidationCode>['code'], field: string, params: Record<string, string | number> = {}): RefusalOf<ValidationCode> => ({ code, field, params: { field, ...params } });

const required = (v: unknown, field: string): RefusalOf<ValidationCode> | null => (v === undefined || v === null ? refuse('REQUIRED', field) : null);

const text: Check = (v, field) => required(v, field) ?? (typeof v === 'string' ? null : refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: 'text' }));
const date: Check = (v, field) => required(v, field) ?? (typeof v === 'string' && isDateOnly(v) ? null : refuse('DATE_INVALID', field, { value: show(v) }));
const optionalDate: Check = (v, field) => (v === null ? null : date(v, field));
// Any safe integer of cents is calculable; the cap on a single price (MAX_AMOUNT_CENTS) is an input rule of the API.
const cents = (allowNegative: boolean): Check => (v, field) => required(v, field) ?? (isCents(v, allowNegative) ? null : refuse('CENTS_INVALID', field, { value: show(v) }));
const vatRate: Check = (v, field) => required(v, field) ?? (validateVatRate(v as number).ok ? null : refuse('VAT_RATE_INVALID', field, { value: show(v) }));
const oneOf = (allowed: readonly string[]): Check => (v, field) =>
  required(v, field) ?? (typeof v === 'string' && allowed.includes(v) ? null : refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: allowed.join(', ') }));
const state: Check = (v, field) => required(v, field) ?? (typeof v === 'string' && isSubscriptionState(v) ? null : refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: 'PENDING_ACTIVATION, ACTIVE, ACTIVE_NON_BILLABLE, SUSPENDED, CANCELLED, REJECTED' }));
const bool: Check = (v, field) => required(v, field) ?? (typeof v === 'boolean' ? null : refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: 'true, false' }));

/** Checks an object's fields in order; the first problem wins. */
function fields(v: unknown, field: string, checks: Record<string, Check>): RefusalOf<ValidationCode> | null {
  if (!isObj(v)) return required(v, field) ?? refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: 'object' });
  for (const [k, check] of Object.entries(checks)) {
    const r = check(v[k], `${field}.${k}`);
    if (r) return r;
  }
  return null;
}

function list(v: unknown, field: string, item: Check): RefusalOf<ValidationCode> | null {
  if (!Array.isArray(v)) return required(v, field) ?? refuse('VALUE_NOT_ALLOWED', field, { value: show(v), allowed: 'list' });
  for (let i = 0; i < v.length; i++) {
    const r = item(v[i], `${field}[${i}]`);
    if (r) return r;
  }
  return null;
}

const stateChange: Check = (v, f) => fields(v, f, { state, effectiveDate: date });
const tariffChange: Check = (v, f) => fields(v, f, { tariffId: text, tariffCode: text, priceCents: cents(false), vatRate, effectiveDate: date });
const range: Check = (v, f) => fields(v, f, { from: date, to: date });

const bonus: Check = (v, f) => {
  const r = fields(v, f, { id: text, kind: oneOf(['PERCENT', 'FIXED']), validFrom: date, validTo: optionalDate });
  if (r) return r;
  const b = v as Obj;
  const ok = b['kind'] === 'PERCENT' ? validatePercent(b['value'] as number).ok : isCents(b['value'], false);
  return ok ? null : refuse(b['kind'] === 'PERCENT' ? 'PERCENT_INVALID' : 'CENTS_INVALID', `${f}.value`, { value: show(b['value']) });
};

const additional: Check = (v, f) => {
  const r = fields(v, f, { id: text, description: text, amountCents: cents(true), vatRate, kind: oneOf(['ONE_OFF', 'MONTHLY']), alreadyBilled: bool });
  if (r) return r;
  const a = v as Obj;
  if (a['kind'] === 'ONE_OFF') return date(a['date'], `${f}.date`);
  return optionalDate(a['validFrom'], `${f}.validFrom`) ?? optionalDate(a['validTo'], `${f}.validTo`);
};

const subscription: Check = (v, f) => fields(v, f, {
  id: text,
  billingStartDate: optionalDate,
  states: (x, g) => list(x, g, stateChange),
  tariffs: (x, g) => list(x, g, tariffChange),
  bonuses: (x, g) => list(x, g, bonus),
  additionalAmounts: (x, g) => list(x, g, additional),
  charged: (x, g) => list(x, g, range),
});

const period: Check = (v, field) => required(v, field) ?? (typeof v === 'string' && isPeriod(v) ? null : refuse('PERIOD_INVALID', field, { value: show(v) }));

/**
 * The first malformed field of a {@link calculateInvoice} input, as a refusal naming it
 * (`subscriptions[0].states[1].effectiveDate`), or null when the input is well formed.
 * Codes: `REQUIRED`, `DATE_INVALID`, `PERIOD_INVALID`, `CENTS_INVALID`, `PERCENT_INVALID`, `VAT_RATE_INVALID`, `VALUE_NOT_ALLOWED`.
 * calculateInvoice runs it itself when its input cannot be calculated; call it first to show the refusal.
 */
export function checkInvoiceInput(input: unknown): RefusalOf<ValidationCode> | null {
  return fields(input, 'input', {
    mode: oneOf(['ADVANCE', 'ARREARS']),
    period,
    contractId: text,
    subscriptions: (x, g) => list(x, g, subscription),
  });
}

const chargedLine: Check = (v, f) => {
  const r = fields(v, f, {
    invoiceId: text, subscriptionId: text, tariffId: text, from: date, to: date, amountCents: cents(true), vatRate,
    unitPriceCents: cents(false),
  });
  if (r) return r;
  const l = v as Obj;
  const dim = l['daysInMonth'];
  if (typeof dim !== 'number' || !Number.isInteger(dim) || dim < 28 || dim > 31) return refuse('VALUE_NOT_ALLOWED', `${f}.daysInMonth`, { value: show(dim), allowed: '28, 29, 30, 31' });
  return (l['kind'] === undefined ? null : oneOf(['CHARGE', 'BONUS'])(l['kind'], `${f}.kind`))
    ?? (l['invoiceIssueDate'] === undefined ? null : date(l['invoiceIssueDate'], `${f}.invoiceIssueDate`));
};

/**
 * The first malformed field of a {@link calculateMassCredit} input, or null when it is well formed
 * (same codes as {@link checkInvoiceInput}). calculateMassCredit runs it itself and returns the refusal.
 */
export function checkMassCreditInput(input: unknown): RefusalOf<ValidationCode> | null {
  return fields(input, 'input', {
    period,
    subscriptions: (x, g) => list(x, g, (s, h) => fields(s, h, {
      id: text, states: (y, k) => list(y, k, stateChange), tariffs: (y, k) => list(y, k, tariffChange),
    })),
    advanceCharges: (x, g) => list(x, g, chargedLine),
    alreadyCredited: (x, g) => list(x, g, (c, h) => fields(c, h, { subscriptionId: text, from: date, to: date })),
    issueDate: (x, g) => (x === undefined ? null : date(x, g)),
  });
}

const isState = (s: unknown): boolean => s === 'ACTIVE' || s === 'SUSPENDED' || s === 'CANCELLED' || s === 'PENDING_ACTIVATION'
  || s === 'ACTIVE_NON_BILLABLE' || s === 'REJECTED';

/**
 * A cheap screen run before every calculation: the numbers and names that would not make it throw but would
 * make it wrong (a fractional price, a VAT rate of 21, an unknown state). Dates are not parsed here: the
 * calculation parses each one once and a malformed one ends in {@link checkInvoiceInput}. Internal; indexed
 * loops over typed fields, since it runs for every invoice.
 */
export function screenInvoiceInput(input: CalculateInvoiceInput): boolean {
  if ((input.mode !== 'ADVANCE' && input.mode !== 'ARREARS') || !Array.isArray(input.subscriptions)) return false;
  const subs = input.subscriptions;
  for (let k = 0; k < subs.length; k++) {
    const s = subs[k];
    if (typeof s !== 'object' || s === null) return false;
    const { states, tariffs, bonuses, additionalAmounts: amounts } = s;
    if (!Array.isArray(states) || !Array.isArray(tariffs) || !Array.isArray(bonuses) || !Array.isArray(amounts) || !Array.isArray(s.charged)) return false;
    for (let i = 0; i < states.length; i++) if (!isState(states[i]!.state)) return false;
    for (let i = 0; i < tariffs.length; i++) {
      const t = tariffs[i]!;
      if (!isCents(t.priceCents, false) || !isVatRate(t.vatRate)) return false;
    }
    for (let i = 0; i < bonuses.length; i++) {
      const b = bonuses[i]!;
      if (b.kind === 'PERCENT' ? !isPercent(b.value) : b.kind !== 'FIXED' || !isCents(b.value, false)) return false;
    }
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i]!;
      if (!isCents(a.amountCents, true) || !isVatRate(a.vatRate)) return false;
      if (a.kind === 'ONE_OFF' ? typeof a.date !== 'string' : a.kind !== 'MONTHLY') return false;
    }
  }
  return true;
}
