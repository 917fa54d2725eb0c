// Where records are sent and with which client certificate (docs/verifactu.md, "Sending"): environment
// variables only. Without an endpoint the worker does not start and records stay PENDING.
import { readFileSync } from 'node:fs';

export interface AgencyConfig {
  endpoint: string;
  /** PEM certificate and key, or a PKCS#12 bundle, of the issuer or its representative. */
  cert?: Buffer;
  key?: Buffer;
  pfx?: Buffer;
  passphrase?: string;
  /** CA certificates to trust (PEM) instead of Node's bundled ones: a test agency, or a proxy in between. */
  ca?: Buffer;
  /** Per-request timeout. */
  timeoutMs: number;
}

export function agencyConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AgencyConfig | null {
  const endpoint = env['ANTENA_VERIFACTU_ENDPOINT'];
  if (!endpoint) return null;
  const file = (name: string) => (env[name] ? readFileSync(env[name]!) : undefined);
  const config: AgencyConfig = { endpoint, timeoutMs: Number(env['ANTENA_VERIFACTU_TIMEOUT_MS'] ?? 30_000) };
  const cert = file('ANTENA_VERIFACTU_CERT');
  const key = file('ANTENA_VERIFACTU_KEY');
  const pfx = file('ANTENA_VERIFACTU_PFX');
  if (cert) config.cert = cert;
  if (key) config.key = key;
  if (pfx) config.pfx = pfx;
  const ca = file('ANTENA_VERIFACTU_CA');
  if (ca) config.ca = ca;
  if (env['ANTENA_VERIFACTU_CERT_PASSPHRASE']) config.passphrase = env['ANTENA_VERIFACTU_CERT_PASSPHRASE'];
  return config;
}
