// POSTs an envelope to the agency over HTTPS with the client certificate (or plain HTTP to a local
// stand-in), with a timeout. A timeout, a network error or a 5xx is a transient failure: retried later.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AgencyConfig } from './config.js';

export class TransientFailure extends Error {
  constructor(readonly reason: 'TIMEOUT' | 'NETWORK' | 'HTTP_5XX', detail: string) { super(`${reason}: ${detail}`); }
}

export type Transport = (xml: string) => Promise<string>;

export function soapTransport(config: AgencyConfig): Transport {
  const url = new URL(config.endpoint);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return (xml) => new Promise<string>((resolve, reject) => {
    const req = request(url, {
      method: 'POST', timeout: config.timeoutMs,
      headers: { 'content-type': 'text/xml; charset=utf-8', SOAPAction: '""', 'content-length': Buffer.byteLength(xml) },
      ...(config.cert ? { cert: config.cert } : {}), ...(config.key ? { key: config.key } : {}), ...(config.pfx ? { pfx: config.pfx } : {}),
      ...(config.passphrase ? { passphrase: config.passphrase } : {}), ...(config.ca ? { ca: config.ca } : {}),
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        // A SOAP Fault comes back as 500 with an envelope: that is an answer, not a transient failure.
        if (status >= 500 && !/Fault>/.test(body)) reject(new TransientFailure('HTTP_5XX', String(status)));
        else resolve(body);
      });
      res.on('error', (e) => reject(new TransientFailure('NETWORK', e.message)));
    });
    req.on('timeout', () => req.destroy(new TransientFailure('TIMEOUT', `${config.timeoutMs} ms`)));
    req.on('error', (e) => reject(e instanceof TransientFailure ? e : new TransientFailure('NETWORK', e.message)));
    req.end(xml);
  });
}
