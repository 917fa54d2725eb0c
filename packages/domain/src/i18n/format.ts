// Builds the sentence for a code at the edge, in Spanish or English, with ICU plurals.
import { IntlMessageFormat } from 'intl-messageformat';
import { formatDay, isDateOnly } from '../dates/day-number.js';
import { formatCents } from '../money/format.js';
import { isSubscriptionState, type SubscriptionState } from '../subscription/states.js';
import { en } from './catalog.en.js';
import { es } from './catalog.es.js';
import { isMessageCode, type Catalog, type Locale, type MessageCode } from './codes.js';
import { fieldLabel } from './fields.js';

const CATALOGS: Record<Locale, Catalog> = { es, en };
const ICU_LOCALE: Record<Locale, string> = { es: 'es-ES', en: 'en-GB' };

const STATE_LABELS: Record<Locale, Record<SubscriptionState, string>> = {
  es: {
    PENDING_ACTIVATION: '«Pendiente de activación»', ACTIVE: '«Activa»', ACTIVE_NON_BILLABLE: '«Activa no facturable»',
    SUSPENDED: '«Suspendida»', CANCELLED: '«Cancelada»', REJECTED: '«Rechazada»',
  },
  en: {
    PENDING_ACTIVATION: '“Pending activation”', ACTIVE: '“Active”', ACTIVE_NON_BILLABLE: '“Active non-billable”',
    SUSPENDED: '“Suspended”', CANCELLED: '“Cancelled”', REJECTED: '“Rejected”',
  },
};

/** The label of a subscription state in `locale` (`ACTIVE_NON_BILLABLE` → "activa no facturable"). */
export function stateLabel(state: SubscriptionState, locale: Locale): string {
  return STATE_LABELS[locale][state];
}

/**
 * Parameters stay raw in the domain (cents, ISO dates, state codes); they become human here:
 * `…Cents` numbers as money, dates as DD/MM/YYYY (as the UI shows them, in both languages), state codes (or lists
 * of them) as labels, and `field` (an input path such as "input.code") as the field's human name.
 */
function humanize(params: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && k.endsWith('Cents') && Number.isInteger(v)) out[k] = formatCents(v, locale);
    else if (k === 'field' && typeof v === 'string') out[k] = fieldLabel(v, locale);
    else if (typeof v === 'string') out[k] = humanizeString(v, locale);
    else out[k] = v;
  }
  return out;
}

function humanizeString(v: string, locale: Locale): string {
  if (isDateOnly(v)) return formatDay(v);
  if (v.length > 0 && /^[A-Z_]+(, [A-Z_]+)*$/.test(v)) {
    const parts = v.split(', ');
    if (parts.every(isSubscriptionState)) return parts.map((s) => STATE_LABELS[locale][s as SubscriptionState]).join(', ');
  }
  return v;
}

const compiled = new Map<string, IntlMessageFormat>();

function formatterFor(pattern: string, locale: Locale): IntlMessageFormat {
  const key = `${locale}\u0000${pattern}`;
  let f = compiled.get(key);
  if (!f) {
    // ignoreTag: a "<token>" in a sentence is text, not rich-text markup.
    f = new IntlMessageFormat(pattern, ICU_LOCALE[locale], undefined, { ignoreTag: true });
    compiled.set(key, f);
  }
  return f;
}

/**
 * Renders any ICU `pattern` (the domain's, the API's or the admin's catalogs) in `locale`, with `params` humanized
 * like {@link message}: `…Cents` integers as money, ISO dates as DD/MM/YYYY, state codes as labels, `field` as the
 * field's name. Plurals, selects and numbers are ICU's. A missing parameter is left out, never shown as a placeholder.
 */
export function formatMessage(pattern: string, locale: Locale, params?: Record<string, unknown>): string {
  const values = humanize(params ?? {}, locale);
  if (values['inContract'] === undefined) values['inContract'] = values['contract'] !== undefined ? 'yes' : 'no';
  if (values['negative'] === undefined) values['negative'] = 'no';
  try {
    return String(formatterFor(pattern, locale).format(values as Record<string, string>));
  } catch {
    // A caller that forgot a parameter still gets a readable sentence: the gap is left out (never a "…" or a
    // placeholder), and every caller in the repo passes them all (the message tests render every code).
    const filled = new Proxy(values, { has: () => true, get: (t, p) => (typeof p === 'string' && p in t ? t[p] : '') });
    return String(formatterFor(pattern, locale).format(filled as Record<string, string>)).replace(/ {2,}/g, ' ').replace(/ ([.,:;)])/g, '$1').trim();
  }
}

function render(kind: 'message' | 'remedy', code: MessageCode | string, locale: Locale, params?: Record<string, unknown>): string {
  // Unknown codes (e.g. from a newer domain) degrade to the code itself rather than breaking a response.
  if (!isMessageCode(code)) return code;
  // Subscription blockers name their contract only when the check came through one (formatMessage's inContract).
  return formatMessage(CATALOGS[locale][code][kind], locale, params);
}

/** The sentence for `code` in `locale`, with `params` humanized (money, dates, state labels). An unknown code is returned as is; a missing parameter is left out of the sentence. */
export function message(code: MessageCode, locale: Locale, params?: Record<string, unknown>): string {
  return render('message', code, locale, params);
}

/** What to do about `code`, in `locale`, with `params` humanized like {@link message}. */
export function remedy(code: MessageCode, locale: Locale, params?: Record<string, unknown>): string {
  return render('remedy', code, locale, params);
}

/** Highest-weighted supported language of an Accept-Language header; Spanish when none matches. */
export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage || typeof acceptLanguage !== 'string') return 'es';
  let best: Locale = 'es';
  let bestQ = -1;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...attrs] = part.trim().split(';');
    const lang = tag.trim().toLowerCase().split('-')[0];
    if (lang !== 'es' && lang !== 'en') continue;
    let q = 1;
    for (const a of attrs) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(a);
      if (m) q = Number(m[1]);
    }
    if (Number.isFinite(q) && q > 0 && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}
