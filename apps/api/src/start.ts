// Starting the product (docs/product.md §5–§6): the signing secret first (a production start without
// ANTENA_JWT_SECRET stops here, before touching the database), then the database (migrated),
// the first admin, the demo seed into an empty database, and the listening port. A port already
// taken is an error, not a banner: the caller exits non-zero.
import 'reflect-metadata';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadJwtSecret, StartupError } from './auth/jwt-secret.js';
import { openDatabase, sqlitePathIn } from './db/data-source.js';
import { createLogger, type Logger } from './logging/logger.js';
import { seedDemoData } from './seed/seed.js';
import { createApp } from './server.js';
import { ensureFirstAdmin } from './services/user.service.js';
import { agencyConfigFromEnv } from './verifactu/submission/config.js';
import { soapTransport } from './verifactu/submission/transport.js';
import { SubmissionWorker } from './verifactu/submission/worker.js';

export interface Started { server: Server; dataSource: DataSource; port: number; close(): Promise<void> }

/** `print` gets the human lines of the banner (stdout); structured logs go to `logger`. */
export async function start(env: NodeJS.ProcessEnv, print: (line: string) => void = console.log, logger: Logger = createLogger()): Promise<Started> {
  const dataDir = resolve(process.cwd(), env['ANTENA_DATA_DIR'] || 'data');
  const jwtSecret = loadJwtSecret(env, dataDir);
  // ANTENA_DATA_DIR lets a caller (the browser-test runner) isolate the SQLite file without changing directory.
  const dataSource = await openDatabase({ url: env['DATABASE_URL'] || sqlitePathIn(env['ANTENA_DATA_DIR'] || undefined), log: logger });
  try {
    const admin = await ensureFirstAdmin(dataSource, { email: env['ANTENA_ADMIN_EMAIL'], password: env['ANTENA_ADMIN_PASSWORD'] });
    const seeded = env['ANTENA_SEED'] === 'false' ? false : await seedDemoData(dataSource);
    // The API's own worker (docs/jobs.md) unless ANTENA_INPROCESS_WORKER=false (then `pnpm worker` processes do the runs).
    const inProcessWorker = env['ANTENA_INPROCESS_WORKER'] !== 'false';
    const { app, jobs } = await createApp({ dataSource, jwtSecret, logger, jobs: { inProcessWorker } });
    const port = Number(env['PORT'] ?? 4000);
    const server = await new Promise<Server>((resolveListen, reject) => {
      const s = app.listen(port);
      s.once('listening', () => resolveListen(s));
      s.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartupError(`Port ${port} is already in use: stop what listens there or choose another with PORT=…`) : error));
    });
    const bound = (server.address() as { port: number }).port;
    const base = `http://localhost:${bound}`;
    print(`Antena API on ${base}/graphql (admin SPA at ${base}/, health at ${base}/health)`);
    print(`Database: ${dataSource.options.type}${seeded ? ' (demo data loaded)' : ''}`);
    // VeriFactu records go to the agency only when its endpoint is configured (docs/verifactu.md, "Sending").
    const agency = agencyConfigFromEnv(env);
    const worker = agency ? new SubmissionWorker(dataSource, soapTransport(agency), undefined, print) : null;
    worker?.start();
    await jobs.start();
    print(inProcessWorker ? 'Jobs: billing runs done by a worker thread of this process (add more with pnpm worker)' : 'Jobs: billing runs wait for pnpm worker processes');
    print(agency ? `VeriFactu: sending records to ${agency.endpoint}` : 'VeriFactu: records kept; set ANTENA_VERIFACTU_ENDPOINT to send them');
    if (admin.created && admin.password) print(`First admin: ${admin.email} / ${admin.password} (generated: note it now, it is not shown again)`);
    else if (admin.created) print(`First admin: ${admin.email} (password from ANTENA_ADMIN_PASSWORD)`);
    else print(`Admin: ${admin.email} (password set on first start)`);
    return {
      server, dataSource, port: bound,
      close: () => new Promise<void>((done) => server.close(() => void (worker?.stop() ?? Promise.resolve()).then(() => jobs.stop()).then(() => dataSource.destroy()).then(() => done()))),
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
