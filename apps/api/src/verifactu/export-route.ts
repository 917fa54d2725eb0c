// GET /verifactu/export (admin, same credentials as /graphql): every record of the chain in position order
// as JSON lines ({ position, record, signature }), streamed a page at a time; `?from=N` starts at position N.
// In No VERI*FACTU mode this is the hand-over on request (docs/verifactu.md, "No VERI*FACTU: signed records").
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request } from 'express';
import { badInput } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { adminContext, handle } from '../sepa/remittance-routes.js';

export function verifactuExportRoute(contextFor: (req: Request) => Promise<Context>): Router {
  const router = Router();
  router.get('/export', handle(async (req, res) => {
    const ctx = await adminContext(contextFor, req);
    const raw = req.query['from'];
    const from = raw === undefined ? 1 : Number(raw);
    if (!Number.isSafeInteger(from) || from < 1) throw badInput(ctx.locale, 'from', 'VALUE_INVALID', { field: 'from', detail: ctx.locale === 'es' ? 'una posición de la cadena (1, 2, 3 …)' : 'a chain position (1, 2, 3 …)' });
    res.type('application/x-ndjson').setHeader('content-disposition', 'attachment; filename="verifactu-records.jsonl"');
    await pipeline(Readable.from(ctx.services.verifactu.exportLines(from)), res);
  }));
  return router;
}
