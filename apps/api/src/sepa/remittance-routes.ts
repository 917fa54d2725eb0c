// HTTP routes of SEPA remittances (docs/sepa.md "API"), admin only, same credentials as /graphql:
// GET /remittances/:id.xml streams the pain.008 file (never built whole in memory);
// POST /remittances/returns takes a pain.002 / camt.054 file as the raw body (too big for GraphQL).
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import express, { Router, type Request, type Response, type NextFunction } from 'express';
import { AppError, forbidden, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { reportOut } from './graphql/sepa.resolver.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };
const RETURN_FILE_LIMIT = '200mb';

/** The request's context when an admin signed it; otherwise 401 / 403 (also used by verifactu/export-route.ts). */
export async function adminContext(contextFor: (req: Request) => Promise<Context>, req: Request): Promise<Context> {
  const ctx = await contextFor(req);
  if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
  if (ctx.actor.kind !== 'ADMIN') throw forbidden(ctx.locale);
  return ctx;
}

/** Runs a route; an AppError becomes its HTTP status and GraphQL-shaped body, never a stack trace. */
export function handle(fn: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await fn(req, res);
    } catch (err) {
      if (err instanceof AppError && STATUS[String(err.extensions['code'])] && !res.headersSent) {
        res.status(STATUS[String(err.extensions['code'])]!).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      next(err);
    }
  };
}

export function remittanceRoutes(contextFor: (req: Request) => Promise<Context>): Router {
  const router = Router();
  router.get('/:id.xml', handle(async (req, res) => {
    const ctx = await adminContext(contextFor, req);
    const remittance = await ctx.services.sepa.get(String(req.params['id']));
    res.type('application/xml').setHeader('content-disposition', `attachment; filename="${remittance.reference}.xml"`);
    await pipeline(Readable.from(ctx.services.sepa.xml(remittance)), res);
  }));
  router.post('/returns', express.text({ type: () => true, limit: RETURN_FILE_LIMIT }), handle(async (req, res) => {
    const ctx = await adminContext(contextFor, req);
    const body = typeof req.body === 'string' ? req.body : '';
    res.json(reportOut(await ctx.services.sepa.importReturns(body), ctx.locale));
  }));
  return router;
}
