// Structured logs (pino, one JSON object a line on stdout). Nothing personal or secret reaches
// them: errors are reduced to type, message, code, SQL text and stack, with SQL parameters
// (IBANs, tax ids, emails…) replaced by their count; credentials and cookies are censored by
// path; and every message is scrubbed of anything shaped like an IBAN, tax id or email.
import { Writable } from 'node:stream';
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

const CENSOR = '[redacted]';
const REDACT_PATHS = [
  'password', '*.password', 'newPassword', 'currentPassword', 'token', '*.token',
  'headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie', 'parameters', '*.parameters',
];

// IBANs (with or without spaces), Spanish tax ids (NIF/NIE/CIF) and email addresses.
const PERSONAL = [
  /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g,
  /\b(?:\d{8}[A-Z]|[XYZ]\d{7}[A-Z]|[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])\b/gi,
  /[^\s@"'(),;<>]+@[^\s@"'(),;<>]+\.[a-z]{2,}/gi,
];

export function scrub(text: string): string {
  return PERSONAL.reduce((t, re) => t.replace(re, CENSOR), text);
}

/** An error as it may be logged: no driver detail (PostgreSQL's "Key (email)=(…)"), no parameters. */
export function serializeError(value: unknown): Record<string, unknown> {
  if (!(value instanceof Error)) return { message: scrub(String(value)) };
  const e = value as Error & { code?: unknown; query?: unknown; parameters?: unknown; driverError?: { code?: unknown }; originalError?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: scrub(e.message) };
  const code = e.code ?? e.driverError?.code;
  if (typeof code === 'string' || typeof code === 'number') out['code'] = code;
  if (typeof e.query === 'string') out['query'] = scrub(e.query);
  if (Array.isArray(e.parameters)) out['parameters'] = `[${e.parameters.length} redacted]`;
  if (e.stack) out['stack'] = scrub(e.stack);
  if (e.originalError instanceof Error && e.originalError !== e) out['cause'] = serializeError(e.originalError);
  else if (e.cause instanceof Error) out['cause'] = serializeError(e.cause);
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Where lines go (default stdout); tests pass a collector. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env['ANTENA_LOG_LEVEL'] ?? 'info',
      base: { service: 'antena-api' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are written by us, but may quote an error's text: scrub them too.
        logMethod(args, method) {
          if (typeof args[args.length - 1] === 'string') args[args.length - 1] = scrub(args[args.length - 1] as string);
          return method.apply(this, args as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? process.stdout,
  );
}

/** A logger that keeps its lines, parsed, for tests. */
export function memoryLogger(level = 'info'): { logger: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}
