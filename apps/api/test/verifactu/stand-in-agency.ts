// A local stand-in for the tax agency's VeriFactu SOAP endpoint (docs/verifactu.md, "Testing the worker"):
// reads RegFactuSistemaFacturacion envelopes and answers RespuestaRegFactuSistemaFacturacion the way the
// agency does, or fails the way a network does (5xx, no answer in time, a SOAP Fault), as each test says.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type ServerOptions as TlsOptions } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';

export interface ReceivedRecord { kind: 'ALTA' | 'ANULACION'; number: string; rechazoPrevio: boolean; subsanacion: boolean; hash: string }
export interface Received { records: ReceivedRecord[]; issuerNif: string; xml: string; /** Subject CN of the TLS client certificate, when served over HTTPS. */ clientCertificate?: string }

export type LineAnswer = { state: 'Correcto' } | { state: 'AceptadoConErrores' | 'Incorrecto'; code: string; message: string };
export type Reply =
  | { answer: (r: ReceivedRecord) => LineAnswer; wait?: number; omit?: (r: ReceivedRecord) => boolean }
  | { http: number }
  | { hang: true }
  | { fault: string };

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: (n) => n === 'RegistroFactura' });

function read(xml: string): Received {
  const body = parser.parse(xml).Envelope.Body.RegFactuSistemaFacturacion;
  const records = (body.RegistroFactura ?? []).map((f: any): ReceivedRecord => {
    const alta = f.RegistroAlta;
    const r = alta ?? f.RegistroAnulacion;
    return {
      kind: alta ? 'ALTA' : 'ANULACION', number: alta ? r.IDFactura.NumSerieFactura : r.IDFactura.NumSerieFacturaAnulada,
      rechazoPrevio: r.RechazoPrevio === 'S', subsanacion: r.Subsanacion === 'S', hash: r.Huella,
    };
  });
  return { records, issuerNif: body.Cabecera.ObligadoEmision.NIF, xml };
}

const line = (r: ReceivedRecord, a: LineAnswer) => `<tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>B12345674</tik:IDEmisorFactura>`
  + `<tik:NumSerieFactura>${r.number}</tik:NumSerieFactura><tik:FechaExpedicionFactura>01-11-2026</tik:FechaExpedicionFactura></tikR:IDFactura>`
  + `<tikR:Operacion><tik:TipoOperacion>${r.kind === 'ALTA' ? 'Alta' : 'Anulacion'}</tik:TipoOperacion></tikR:Operacion>`
  + `<tikR:EstadoRegistro>${a.state}</tikR:EstadoRegistro>`
  + (a.state === 'Correcto' ? '' : `<tikR:CodigoErrorRegistro>${a.code}</tikR:CodigoErrorRegistro><tikR:DescripcionErrorRegistro>${a.message}</tikR:DescripcionErrorRegistro>`)
  + '</tikR:RespuestaLinea>';

const envelope = (inner: string) => '<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Header/><env:Body>'
  + `${inner}</env:Body></env:Envelope>`;

export interface StandIn { url: string; received: Received[]; replies: Reply[]; close(): Promise<void> }

/**
 * Answers each submission with the next reply of `replies` (the last one repeats); assign `replies` to change them.
 * With `tls`, it serves HTTPS like the agency: pass `requestCert` + `rejectUnauthorized` + `ca` to require a client
 * certificate issued by that CA.
 */
export async function startStandInAgency(replies: Reply[], tls?: TlsOptions): Promise<StandIn> {
  const received: Received[] = [];
  const hanging = new Set<() => void>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got = read(Buffer.concat(chunks).toString('utf8'));
      if (tls) got.clientCertificate = String((req.socket as TLSSocket).getPeerCertificate().subject?.CN ?? '');
      received.push(got);
      // A queue: each reply answers one submission; the last one answers all that follow.
      const reply = (state.replies.length > 1 ? state.replies.shift() : state.replies[0])!;
      if ('hang' in reply) { hanging.add(() => res.destroy()); return; }
      if ('http' in reply) { res.writeHead(reply.http).end('<html>Service Unavailable</html>'); return; }
      res.setHeader('content-type', 'text/xml; charset=utf-8');
      if ('fault' in reply) {
        res.writeHead(500).end(envelope(`<env:Fault><faultcode>env:Client</faultcode><faultstring>${reply.fault}</faultstring></env:Fault>`));
        return;
      }
      const answered = got.records.filter((r) => !reply.omit?.(r));
      const answers = answered.map((r) => reply.answer(r));
      const estado = answers.every((a) => a.state === 'Correcto') ? 'Correcto' : answers.some((a) => a.state !== 'Incorrecto') ? 'ParcialmenteCorrecto' : 'Incorrecto';
      res.writeHead(200).end(envelope('<tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="urn:respuesta" xmlns:tik="urn:informacion">'
        + `<tikR:CSV>A-STANDIN${received.length}</tikR:CSV><tikR:TiempoEsperaEnvio>${reply.wait ?? 60}</tikR:TiempoEsperaEnvio><tikR:EstadoEnvio>${estado}</tikR:EstadoEnvio>`
        + answered.map((r, i) => line(r, answers[i]!)).join('') + '</tikR:RespuestaRegFactuSistemaFacturacion>'));
    });
  };
  const server: Server = tls ? createTlsServer(tls, handler) : createServer(handler);
  const state = { replies };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP`,
    received,
    get replies() { return state.replies; },
    set replies(r: Reply[]) { state.replies = r; },
    close: () => { for (const h of hanging) h(); return new Promise<void>((resolve) => server.close(() => resolve())); },
  };
}
