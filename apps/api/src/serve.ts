// Serve: open (and migrate) the database, create the first admin, seed demo data into an empty
// database, listen on PORT (default 4000) and print where and how to sign in (SPEC §5–§6).
import 'reflect-metadata';
import { openDatabase, sqlitePathIn } from './db/data-source.js';
import { seedDemoData } from './seed/seed.js';
import { createApp } from './server.js';
import { ensureFirstAdmin } from './services/user.service.js';
import { agencyConfigFromEnv } from './verifactu/submission/config.js';
import { soapTransport } from './verifactu/submission/transport.js';
import { SubmissionWorker } from './verifactu/submission/worker.js';

const env = process.env;
// ANTENA_DATA_DIR lets a caller (the browser-test runner) isolate the SQLite file without changing directory.
const dataSource = await openDatabase({ url: env['DATABASE_URL'] || sqlitePathIn(env['ANTENA_DATA_DIR'] || undefined) });
const admin = await ensureFirstAdmin(dataSource, { email: env['ANTENA_ADMIN_EMAIL'], password: env['ANTENA_ADMIN_PASSWORD'] });
const seeded = env['ANTENA_SEED'] === 'false' ? false : await seedDemoData(dataSource);
const { app } = await createApp({ dataSource });
const port = Number(env['PORT'] ?? 4000);
// VeriFactu records go to the agency only when its endpoint is configured (docs/verifactu.md, "Sending").
const agency = agencyConfigFromEnv(env);
const worker = agency ? new SubmissionWorker(dataSource, soapTransport(agency), undefined, (line) => console.log(line)) : null;
worker?.start();

const server = app.listen(port, () => {
  const base = `http://localhost:${port}`;
  console.log(`Antena API on ${base}/graphql (admin SPA at ${base}/, health at ${base}/health)`);
  console.log(`Database: ${dataSource.options.type}${seeded ? ' (demo data loaded)' : ''}`);
  console.log(agency ? `VeriFactu: sending records to ${agency.endpoint}` : 'VeriFactu: records kept; set ANTENA_VERIFACTU_ENDPOINT to send them');
  if (admin.created) {
    console.log(`First admin: ${admin.email} / ${admin.password}${env['ANTENA_ADMIN_PASSWORD'] ? ' (from ANTENA_ADMIN_PASSWORD)' : ' (generated: note it now, it is not shown again)'}`);
  } else {
    console.log(`Admin: ${admin.email} (password set on first start)`);
  }
});

const shutdown = () => server.close(() => void (worker?.stop() ?? Promise.resolve()).then(() => dataSource.destroy()).then(() => process.exit(0)));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
