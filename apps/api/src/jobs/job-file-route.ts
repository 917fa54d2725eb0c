// GET /jobs/:id/file — the file a background job made (e.g. a PDF batch's ZIP), streamed from job_files chunk
// by chunk, with the same credentials as /graphql. Whoever may read the job (backgroundJob(id): an admin, or the
// partner that queued it) may download its file while it is kept; an unknown job, someone else's, one without a
// file yet, or one whose file has expired (docs/jobs.md "Files") is 404.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, notFound, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { keptJobFile, readJobFile } from './job-files.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A file name as a quoted header parameter: ASCII, no quotes or backslashes (ours are `facturas-2026-11.zip`). */
const headerName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

export function jobFileRoute(ds: DataSource, contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      if (!ctx.actor) throw unauthenticated(ctx.locale, ctx.authFailure ?? 'UNAUTHENTICATED');
      const id = String(req.params['id']);
      const job = await ctx.services.jobs.byId(id);
      // The machine's clock, as the worker's that wrote finishedAt (jobs/background.ts).
      const file = job ? keptJobFile(job, new Date()) : null;
      if (!job || !file) throw notFound(ctx.locale, 'BackgroundJob', id);
      res.status(200).type(file.contentType).setHeader('content-length', String(file.bytes));
      res.setHeader('content-disposition', `attachment; filename="${headerName(file.name)}"`);
      res.setHeader('cache-control', 'private, no-store');
      await pipeline(Readable.from(readJobFile(ds, id)), res);
    } catch (err) {
      if (err instanceof AppError && STATUS[String(err.extensions['code'])] && !res.headersSent) {
        res.status(STATUS[String(err.extensions['code'])]!).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      // A client that goes away mid-download ends the stream; nothing to answer.
      if (res.headersSent) { res.destroy(); return; }
      next(err);
    }
  };
}
