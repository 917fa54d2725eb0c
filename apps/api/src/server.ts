// createApp: the express app with Apollo at /graphql, GET /health and the admin SPA at /.
// Used by main.ts and by the tests; issue 4 mounts GET /invoices/:id.pdf on the returned app.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { DataSource } from 'typeorm';
import { pickLocale, todayFrom } from '@antena/domain';
import { authenticate } from './auth/authenticate.js';
import { invoicePdfRoute } from './billing/pdf/pdf-route.js';
import { remittanceRoutes } from './sepa/remittance-routes.js';
import { loadJwtSecret } from './auth/tokens.js';
import { defaultErrorLog, formatError, internalError, maskingPlugin, type ErrorLog } from './errors/mask.js';
import type { Context } from './graphql/context.js';
import { getSchema } from './graphql/schema.js';
import { createLoaders } from './loaders/loaders.js';
import { createServices } from './services/index.js';

export interface AppOptions {
  dataSource: DataSource;
  /** The clock; tests pin it. */
  now?: () => Date;
  jwtSecret?: Uint8Array;
  /** Built admin SPA; default apps/admin/dist next to this package. */
  adminDist?: string;
  logError?: ErrorLog;
  bodyLimit?: string;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  jwtSecret: Uint8Array;
  /** Builds the per-request context (issue 4's REST routes reuse it for auth and services). */
  contextFor(req: express.Request): Promise<Context>;
  stop(): Promise<void>;
}

export const DEFAULT_ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

export async function createApp(options: AppOptions): Promise<App> {
  const { dataSource: ds } = options;
  const now = options.now ?? (() => new Date());
  const jwtSecret = options.jwtSecret ?? (await loadJwtSecret(ds));
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 5_000 },
  }).protect();
  // graphql-armor's typings point at Apollo's CJS build; the plugin objects are the same at runtime.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<Context>[];
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    plugins: [...armorPlugins, maskingPlugin(options.logError ?? defaultErrorLog)],
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const logError = options.logError ?? defaultErrorLog;

  async function contextFor(req: express.Request): Promise<Context> {
    const instant = now();
    const requestId = randomUUID();
    const locale = pickLocale(req.headers['accept-language']);
    let auth: Awaited<ReturnType<typeof authenticate>>;
    try {
      auth = await authenticate(ds, jwtSecret, req.headers.authorization, instant);
    } catch (error) {
      // Runs before Apollo's plugins: mask and log here, or the cause would reach the client.
      logError({ requestId, error });
      throw internalError(locale, requestId);
    }
    const loaders = createLoaders(ds.manager);
    const scope = { ds, actor: auth.actor, locale, today: todayFrom(instant), now: instant, loaders };
    return { requestId, locale, actor: auth.actor, authFailure: auth.failure, today: scope.today, now: instant, loaders, services: createServices(scope, jwtSecret) };
  }

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok', database: ds.options.type });
    } catch {
      res.status(503).json({ status: 'unavailable', database: ds.options.type });
    }
  });
  app.use('/graphql', express.json({ limit: options.bodyLimit ?? '100kb' }), expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));
  app.get('/invoices/:id.pdf', invoicePdfRoute(contextFor));
  app.use('/remittances', remittanceRoutes(contextFor));

  const adminDist = options.adminDist ?? DEFAULT_ADMIN_DIST;
  if (existsSync(adminDist)) {
    app.use(express.static(adminDist, { index: 'index.html' }));
    // Client-side routes: any other GET that wants HTML gets the SPA's entry point.
    app.use((req, res, next) => (req.method === 'GET' && req.accepts('html') ? res.sendFile('index.html', { root: adminDist }) : next()));
  }

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) defaultErrorLog({ requestId: 'http', error: err });
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body too large' : 'Bad request', extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
  };
  app.use(onError);

  return { app, apollo, jwtSecret, contextFor, stop: () => apollo.stop() };
}
