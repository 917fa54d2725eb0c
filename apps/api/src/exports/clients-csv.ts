// GET /clients.csv — the clients a filter selects (query string: search, includeArchived, partnerId,
// subscriptionState: the `clients` query's arguments), in the same spreadsheet format as
// GET /invoices.csv (UTF-8 with a BOM, `;`, DD/MM/AAAA dates). Admin only; streamed in chunks of 1000.
import type { Request, RequestHandler } from 'express';
import { SUBSCRIPTION_STATES, isSubscriptionState, type Locale } from '@antena/domain';
import { AppError, badInput, forbidden, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import type { ClientEntity } from '../entities/index.js';
import type { ClientFilterInput } from '../services/client.service.js';
import { csvDate, csvText } from './invoices-csv.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

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
  return async (req, res, next) => {
    let started = false;
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      if (ctx.actor.kind !== 'ADMIN') throw forbidden(ctx.locale);
      const labels = LABELS[ctx.locale];
      const chunks = ctx.services.clients.each(filterFrom(req, ctx.locale));
      const first = await chunks.next();
      res.type('text/csv; charset=utf-8').setHeader('content-disposition', `attachment; filename="${labels.file}-${ctx.today}.csv"`);
      started = true;
      res.write(`\uFEFF${labels.header.map(csvText).join(';')}\r\n`);
      const write = async (rows: ClientEntity[]) => {
        const partnerIds = [...new Set(rows.map((c) => c.partnerId).filter((id): id is string => id !== null))];
        const partners = partnerIds.length ? await ctx.loaders.partner.loadMany(partnerIds) : [];
        const nameOf = new Map(partners.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.name] as const] : [])));
        const lines = rows.map((c) => [
          csvText(c.code), csvText(c.name), csvText(labels.kind[c.kind] ?? c.kind), csvText(c.taxId), csvText(c.email),
          csvText(c.phone ?? ''), csvText(c.address ?? ''), csvText(c.iban ?? ''), csvText(c.partnerId ? nameOf.get(c.partnerId) ?? '' : ''),
          csvDate(c.createdAt.slice(0, 10)), csvText(c.archivedAt ? labels.yes : labels.no),
        ].join(';'));
        if (!res.write(`${lines.join('\r\n')}\r\n`)) await new Promise((r) => res.once('drain', r));
      };
      if (!first.done) await write(first.value);
      for await (const rows of chunks) await write(rows);
      res.end();
    } catch (err) {
      if (!started && err instanceof AppError && STATUS[String(err.extensions['code'])]) {
        res.status(STATUS[String(err.extensions['code'])]!).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      if (started) { res.destroy(err instanceof Error ? err : undefined); return; }
      next(err);
    }
  };
}
