// GET /clients.csv — the clients a filter selects (query string: search, includeArchived, partnerId,
// subscriptionState: the `clients` query's arguments), in the same spreadsheet format as
// GET /invoices.csv (UTF-8 with a BOM, `;`, DD/MM/AAAA dates). Admin only; streamed in chunks of 1000.
import type { Request, RequestHandler } from 'express';
import { SUBSCRIPTION_STATES, isSubscriptionState, type Locale } from '@antena/domain';
import { badInput } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import type { ClientEntity } from '../entities/index.js';
import type { ClientFilterInput } from '../services/client.service.js';
import { csvDate, csvRoute, csvText } from './csv.js';

const LABELS: Record<Locale, { header: string[]; kind: Record<string, string>; yes: string; no: string; file: string }> = {
  es: {
    header: ['Código', 'Nombre', 'Tipo', 'NIF', 'Correo', 'Teléfono', 'Dirección', 'IBAN del perfil', 'Partner', 'Alta', 'Archivado'],
    kind: { PERSON: 'Persona', COMPANY: 'Empresa' }, yes: 'Sí', no: 'No', file: 'clientes',
  },
  en: {
    header: ['Code', 'Name', 'Kind', 'Tax id', 'Email', 'Phone', 'Address', 'Profile IBAN', 'Partner', 'Created', 'Archived'],
    kind: { PERSON: 'Person', COMPANY: 'Company' }, yes: 'Yes', no: 'No', file: 'clients',
  },
};

function filterFrom(req: Request, locale: Locale): ClientFilterInput {
  const q = req.query;
  const one = (name: string): string | null => (typeof q[name] === 'string' && q[name] !== '' ? (q[name] as string) : null);
  const state = one('subscriptionState');
  if (state !== null && !isSubscriptionState(state)) throw badInput(locale, 'subscriptionState', 'VALUE_NOT_ALLOWED', { field: 'subscriptionState', value: state, allowed: SUBSCRIPTION_STATES.join(', ') });
  return { search: one('search'), includeArchived: one('includeArchived') === 'true', partnerId: one('partnerId'), subscriptionState: state };
}

export function clientsCsvRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return csvRoute<ClientEntity>(contextFor, {
    file: (ctx) => LABELS[ctx.locale].file,
    header: (ctx) => LABELS[ctx.locale].header,
    chunks: (ctx, req) => ctx.services.clients.each(filterFrom(req, ctx.locale)),
    async lines(ctx, rows) {
      const labels = LABELS[ctx.locale];
      const partnerIds = [...new Set(rows.map((c) => c.partnerId).filter((id): id is string => id !== null))];
      const partners = partnerIds.length ? await ctx.loaders.partner.loadMany(partnerIds) : [];
      const nameOf = new Map(partners.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.name] as const] : [])));
      return rows.map((c) => [
        csvText(c.code), csvText(c.name), csvText(labels.kind[c.kind] ?? c.kind), csvText(c.taxId), csvText(c.email),
        csvText(c.phone ?? ''), csvText(c.address ?? ''), csvText(c.iban ?? ''), csvText(c.partnerId ? nameOf.get(c.partnerId) ?? '' : ''),
        csvDate(c.createdAt.slice(0, 10)), csvText(c.archivedAt ? labels.yes : labels.no),
      ].join(';'));
    },
  });
}
