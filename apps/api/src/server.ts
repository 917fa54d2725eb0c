// createApp: the express app with Apollo at /graphql, GET /health, invoice PDFs, job files and the admin SPA
// at /, behind security headers (helmet), a request id on every request and structured logs.
// Used by serve.ts and by the tests. What is protected how: docs/security.md.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { pickLocale, todayFrom } from '@antena/domain';
import { authenticate } from './auth/authenticate.js';
import { loadJwtSecret } from './auth/jwt-secret.js';
import { LoginThrottle, type ThrottleOptions } from './auth/login-throttle.js';
import { cookieJar } from './auth/session-cookie.js';
import { invoicePdfRoute } from './billing/pdf/pdf-route.js';
import type { BatchLimits } from './billing/batch-limits.js';
import { jobFileRoute } from './jobs/job-file-route.js';
import { invoicesCsvRoute } from './exports/invoices-csv.js';
import { clientsCsvRoute } from './exports/clients-csv.js';
import { remittanceRoutes } from './sepa/remittance-routes.js';
import { verifactuExportRoute } from './verifactu/export-route.js';
import { errorLogTo, formatError, internalError, maskingPlugin, type ErrorLog } from './errors/mask.js';
import { createLogger, type Logger } from './logging/logger.js';
import type { Context } from './graphql/context.js';
import { getSchema } from './graphql/schema.js';
import { createLoaders } from './loaders/loaders.js';
import { createServices } from './services/index.js';
import { createJobEngine, type JobEngine, type JobEngineOptions } from './jobs/engine.js';

export const MAX_TOKENS = 5_000;

export interface AppOptions {
  dataSource: DataSource;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** Default: ANTENA_JWT_SECRET, or the secret file of the data directory (auth/jwt-secret.ts). */
  jwtSecret?: Uint8Array;
  /** Built admin SPA; default apps/admin/dist next to this package. */
  adminDist?: string;
  logger?: Logger;
  /** Where unexpected errors go; default the logger. */
  logError?: ErrorLog;
  bodyLimit?: string;
  throttle?: Partial<ThrottleOptions>;
  /** Schema introspection and "did you mean" hints; default ANTENA_GRAPHQL_INTROSPECTION=true. */
  introspection?: boolean;
  /** Express "trust proxy": whose X-Forwarded-For/-Proto to believe; default ANTENA_TRUST_PROXY or loopback. */
  trustProxy?: string | boolean | number;
  /** The job engine of long runs (docs/jobs.md), or its options; stopped with the app. */
  jobs?: JobEngine | JobEngineOptions;
  /** Bounds of work answered on the request path (billing/batch-limits.ts); default its constants. */
  limits?: Partial<BatchLimits>;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  jwtSecret: Uint8Array;
  logger: Logger;
  jobs: JobEngine;
  /** Builds the per-request context (the REST routes reuse it for auth and services). */
  contextFor(req: express.Request, res?: express.Response): Promise<Context>;
  stop(): Promise<void>;
}

export const DEFAULT_ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

export async function createApp(options: AppOptions): Promise<App> {
  const { dataSource: ds } = options;
  const now = options.now ?? (() => new Date());
  const jwtSecret = options.jwtSecret ?? loadJwtSecret(process.env);
  const logger = options.logger ?? createLogger();
  const logError = options.logError ?? errorLogTo(logger);
  const throttle = new LoginThrottle(options.throttle);
  const jobs = options.jobs && 'enqueue' in options.jobs ? options.jobs : createJobEngine(ds, options.jobs ?? {}, logger);
  const introspection = options.introspection ?? process.env['ANTENA_GRAPHQL_INTROSPECTION'] === 'true';
  const armor = new ApolloArmor({
    // Suggestions ("did you mean …") name schema fields: hidden unless introspection is enabled.
    blockFieldSuggestion: { enabled: !introspection },
    maxDepth: { n: 10 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // The token limit is graphql-js's own (parseOptions below): armor's throws from a plugin,
    // which Apollo answers as an HTTP 500.
    maxTokens: { enabled: false },
  }).protect();
  // graphql-armor's typings point at Apollo's CJS build; the plugin objects are the same at runtime.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<Context>[];
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    // No HTTP cache hints are used; Apollo's default cache-control plugin would instrument every field.
    plugins: [...armorPlugins, maskingPlugin(logError), ApolloServerPluginCacheControlDisabled()],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Not tied to NODE_ENV (the documented start does not set it): off unless asked for.
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    // Refuses GET queries and form posts without a preflight-forcing header (on top of the cookie's SameSite=Strict).
    csrfPrevention: true,
  });
  await apollo.start();

  async function contextFor(req: express.Request, res?: express.Response): Promise<Context> {
    const instant = now();
    const requestId = requestIdOf(req);
    const locale = pickLocale(req.headers['accept-language']);
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let auth: Awaited<ReturnType<typeof authenticate>>;
    try {
      auth = await authenticate(ds, jwtSecret, req, instant);
    } catch (error) {
      // Runs before Apollo's plugins: mask and log here, or the cause would reach the client.
      logError({ requestId, error });
      throw internalError(locale, requestId);
    }
    const loaders = createLoaders(ds.manager);
    const scope = { ds, actor: auth.actor, locale, today: todayFrom(instant), now: instant, loaders, jobs, limits: options.limits };
    const services = createServices(scope, { jwtSecret, throttle, log: logger, requestId, address, cookies: cookieJar(req, res) });
    return { requestId, address, locale, actor: auth.actor, authFailure: auth.failure, today: scope.today, now: instant, loaders, services };
  }

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv(process.env['ANTENA_TRUST_PROXY']));
  app.use((req, res, next) => {
    const id = randomUUID();
    (req as RequestWithId).requestId = id;
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    // The path only: query strings and bodies may carry personal data.
    res.on('finish', () => logger.info({ requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request'));
    next();
  });
  app.use(securityHeaders());
  app.get('/health', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok', database: ds.options.type });
    } catch {
      res.status(503).json({ status: 'unavailable', database: ds.options.type });
    }
  });
  app.use('/graphql', express.json({ limit: options.bodyLimit ?? '100kb' }), expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }));
  app.get('/invoices.csv', invoicesCsvRoute(contextFor));
  app.get('/clients.csv', clientsCsvRoute(contextFor));
  app.get('/invoices/:id.pdf', invoicePdfRoute(contextFor));
  app.get('/jobs/:id/file', jobFileRoute(ds, contextFor));
  app.use('/remittances', remittanceRoutes(contextFor));
  app.use('/verifactu', verifactuExportRoute(contextFor));

  const adminDist = options.adminDist ?? DEFAULT_ADMIN_DIST;
  if (existsSync(adminDist)) {
    app.use(express.static(adminDist, { index: 'index.html' }));
    // Client-side routes: any other GET that wants HTML gets the SPA's entry point.
    app.use((req, res, next) => (req.method === 'GET' && req.accepts('html') ? res.sendFile('index.html', { root: adminDist }) : next()));
  }

  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logError({ requestId: requestIdOf(req), error: err });
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body too large' : 'Bad request', extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
  };
  app.use(onError);

  return { app, apollo, jwtSecret, logger, jobs, contextFor, stop: async () => { await apollo.stop(); await jobs.stop(); } };
}

type RequestWithId = express.Request & { requestId?: string };
const requestIdOf = (req: express.Request) => (req as RequestWithId).requestId ?? randomUUID();

function trustProxyFromEnv(value: string | undefined): string | boolean | number {
  if (value === undefined || value === '') return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * helmet's headers with a Content-Security-Policy the built SPA passes: scripts only from this
 * origin; inline styles allowed because Mantine writes its CSS variables and component styles in
 * <style> elements and style attributes; no framing; HSTS only when the request came over TLS
 * (directly or through a trusted proxy's X-Forwarded-Proto), so a plain-HTTP install is not locked out.
 */
function securityHeaders(): express.RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    if (req.secure) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    headers(req, res, next);
  };
}
