// A stand-in for the tax agency's VeriFactu SOAP endpoint for the browser tests (docs/verifactu.md, "Testing
// the worker"), started by run.mjs, which points the API at it with ANTENA_VERIFACTU_ENDPOINT. It answers every
// record Correcto, except the records whose recipient name contains REJECT_MARK: those are Incorrecto with code
// 4102, as the agency answers an unidentified recipient. A test chooses the invoice to reject by its client's name,
// and fixes it by renaming the client before generating the subsanación (which carries the recipient as it is now).
import { createServer } from 'node:http';

export const REJECT_MARK = 'RECHAZO-AEAT';

const tag = (xml, name) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`, 'g'))].map((m) => m[1]);

function records(xml) {
  return [...xml.matchAll(/<(?:\w+:)?(RegistroAlta|RegistroAnulacion)>([\s\S]*?)<\/(?:\w+:)?\1>/g)].map(([, kind, body]) => ({
    kind: kind === 'RegistroAlta' ? 'Alta' : 'Anulacion',
    number: tag(body, kind === 'RegistroAlta' ? 'NumSerieFactura' : 'NumSerieFacturaAnulada')[0] ?? '',
    issuerNif: tag(body, kind === 'RegistroAlta' ? 'IDEmisorFactura' : 'IDEmisorFacturaAnulada')[0] ?? '',
    issueDate: tag(body, kind === 'RegistroAlta' ? 'FechaExpedicionFactura' : 'FechaExpedicionFacturaAnulada')[0] ?? '',
    // The recipient is the NombreRazon inside Destinatarios (the issuer's and the system's come elsewhere).
    recipient: (body.match(/Destinatarios>[\s\S]*?NombreRazon>([^<]*)</) ?? [])[1] ?? '',
    subsanacion: tag(body, 'Subsanacion')[0] === 'S',
  }));
}

function line(r) {
  const rejected = r.recipient.includes(REJECT_MARK);
  return '<tikR:RespuestaLinea><tikR:IDFactura>'
    + `<tik:IDEmisorFactura>${r.issuerNif}</tik:IDEmisorFactura><tik:NumSerieFactura>${r.number}</tik:NumSerieFactura><tik:FechaExpedicionFactura>${r.issueDate}</tik:FechaExpedicionFactura>`
    + `</tikR:IDFactura><tikR:Operacion><tik:TipoOperacion>${r.kind}</tik:TipoOperacion></tikR:Operacion>`
    + (rejected
      ? '<tikR:EstadoRegistro>Incorrecto</tikR:EstadoRegistro><tikR:CodigoErrorRegistro>4102</tikR:CodigoErrorRegistro><tikR:DescripcionErrorRegistro>El NIF del destinatario no está identificado.</tikR:DescripcionErrorRegistro>'
      : '<tikR:EstadoRegistro>Correcto</tikR:EstadoRegistro>')
    + '</tikR:RespuestaLinea>';
}

/** Starts the stand-in on a free port; `received` counts the records it answered (corrections apart). */
export async function startAgency() {
  const received = { records: 0, corrections: 0 };
  let submissions = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const got = records(Buffer.concat(chunks).toString('utf8'));
      submissions++;
      received.records += got.length;
      received.corrections += got.filter((r) => r.subsanacion).length;
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      // TiempoEsperaEnvio 1: the API's worker sends the next records (a correction) without waiting a minute.
      res.end('<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Header/><env:Body>'
        + '<tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="urn:respuesta" xmlns:tik="urn:informacion">'
        + `<tikR:CSV>A-E2E${submissions}</tikR:CSV><tikR:TiempoEsperaEnvio>1</tikR:TiempoEsperaEnvio><tikR:EstadoEnvio>ParcialmenteCorrecto</tikR:EstadoEnvio>`
        + got.map(line).join('') + '</tikR:RespuestaRegFactuSistemaFacturacion></env:Body></env:Envelope>');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
