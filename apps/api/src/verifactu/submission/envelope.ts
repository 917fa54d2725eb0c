// The SOAP envelope of a submission (RegFactuSistemaFacturacion) and the reading of its answer
// (docs/verifactu.md, "Sending"): records as the domain built them, the issuer as the header.
import type { AltaRecord, AnulacionRecord, ChainLink, SystemIdentity, VerifactuRecord } from '@antena/domain';
import { XMLParser } from 'fast-xml-parser';

const NS = {
  soapenv: 'http://schemas.xmlsoap.org/soap/envelope/',
  sum: 'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroLR.xsd',
  sum1: 'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const el = (name: string, value: string) => `<sum1:${name}>${esc(value)}</sum1:${name}>`;

export interface OutgoingRecord { record: VerifactuRecord; resendAs: 'RECHAZO_PREVIO' | 'SUBSANACION' | null }

function chaining(previous: ChainLink | null): string {
  if (!previous) return `<sum1:Encadenamiento>${el('PrimerRegistro', 'S')}</sum1:Encadenamiento>`;
  return `<sum1:Encadenamiento><sum1:RegistroAnterior>${el('IDEmisorFactura', previous.issuerNif)}${el('NumSerieFactura', previous.number)}`
    + `${el('FechaExpedicionFactura', previous.issueDate)}${el('Huella', previous.hash)}</sum1:RegistroAnterior></sum1:Encadenamiento>`;
}

function system(s: SystemIdentity): string {
  return `<sum1:SistemaInformatico>${el('NombreRazon', s.producerName)}${el('NIF', s.producerNif)}${el('NombreSistemaInformatico', s.systemName)}`
    + `${el('IdSistemaInformatico', s.systemId)}${el('Version', s.version)}${el('NumeroInstalacion', s.installationNumber)}`
    + `${el('TipoUsoPosibleSoloVerifactu', 'S')}${el('TipoUsoPosibleMultiOT', 'N')}${el('IndicadorMultiplesOT', 'N')}</sum1:SistemaInformatico>`;
}

function alta(r: AltaRecord, resendAs: OutgoingRecord['resendAs']): string {
  const rectified = r.rectified.map((x) => `<sum1:IDFacturaRectificada>${el('IDEmisorFactura', x.issuerNif)}${el('NumSerieFactura', x.number)}${el('FechaExpedicionFactura', x.issueDate)}</sum1:IDFacturaRectificada>`).join('');
  const breakdown = r.breakdown.map((d) => `<sum1:DetalleDesglose>${el('Impuesto', d.tax)}${el('ClaveRegimen', d.regime)}${el('CalificacionOperacion', d.qualification)}`
    + `${el('TipoImpositivo', d.rate)}${el('BaseImponibleOimporteNoSujeto', d.base)}${el('CuotaRepercutida', d.taxAmount)}</sum1:DetalleDesglose>`).join('');
  return '<sum:RegistroFactura><sum1:RegistroAlta>'
    + `${el('IDVersion', '1.0')}<sum1:IDFactura>${el('IDEmisorFactura', r.issuerNif)}${el('NumSerieFactura', r.number)}${el('FechaExpedicionFactura', r.issueDate)}</sum1:IDFactura>`
    + `${el('NombreRazonEmisor', r.issuerName)}`
    // A subsanación carries its flags in the record (Subsanacion, and RechazoPrevio when it corrects a rejected record);
    // a rejected record sent again as it is goes marked RechazoPrevio (docs/verifactu.md, "Corrections").
    + (r.subsanacion === 'S' || resendAs === 'SUBSANACION' ? el('Subsanacion', 'S') : '')
    + (r.rechazoPrevio === 'S' || resendAs === 'RECHAZO_PREVIO' ? el('RechazoPrevio', 'S') : '')
    + `${el('TipoFactura', r.invoiceType)}${r.rectificationType ? el('TipoRectificativa', r.rectificationType) : ''}`
    + (rectified ? `<sum1:FacturasRectificadas>${rectified}</sum1:FacturasRectificadas>` : '')
    + `${el('DescripcionOperacion', r.description)}`
    + `<sum1:Destinatarios><sum1:IDDestinatario>${el('NombreRazon', r.recipient.name)}${el('NIF', r.recipient.nif)}</sum1:IDDestinatario></sum1:Destinatarios>`
    + `<sum1:Desglose>${breakdown}</sum1:Desglose>${el('CuotaTotal', r.taxTotal)}${el('ImporteTotal', r.total)}`
    + `${chaining(r.previous)}${system(r.system)}${el('FechaHoraHusoGenRegistro', r.generatedAt)}${el('TipoHuella', r.hashType)}${el('Huella', r.hash)}`
    + '</sum1:RegistroAlta></sum:RegistroFactura>';
}

function anulacion(r: AnulacionRecord, resendAs: OutgoingRecord['resendAs']): string {
  return '<sum:RegistroFactura><sum1:RegistroAnulacion>'
    + `${el('IDVersion', '1.0')}<sum1:IDFactura>${el('IDEmisorFacturaAnulada', r.issuerNif)}${el('NumSerieFacturaAnulada', r.number)}${el('FechaExpedicionFacturaAnulada', r.issueDate)}</sum1:IDFactura>`
    + (resendAs === 'RECHAZO_PREVIO' ? el('RechazoPrevio', 'S') : '')
    + `${chaining(r.previous)}${system(r.system)}${el('FechaHoraHusoGenRegistro', r.generatedAt)}${el('TipoHuella', r.hashType)}${el('Huella', r.hash)}`
    + '</sum1:RegistroAnulacion></sum:RegistroFactura>';
}

export function submissionEnvelope(issuer: { legalName: string; nif: string }, records: readonly OutgoingRecord[]): string {
  const body = records.map((o) => (o.record.kind === 'ALTA' ? alta(o.record, o.resendAs) : anulacion(o.record, o.resendAs))).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${NS.soapenv}" xmlns:sum="${NS.sum}" xmlns:sum1="${NS.sum1}">`
    + '<soapenv:Header/><soapenv:Body><sum:RegFactuSistemaFacturacion>'
    + `<sum:Cabecera><sum1:ObligadoEmision>${el('NombreRazon', issuer.legalName)}${el('NIF', issuer.nif)}</sum1:ObligadoEmision></sum:Cabecera>`
    + body + '</sum:RegFactuSistemaFacturacion></soapenv:Body></soapenv:Envelope>';
}

export type LineState = 'ACCEPTED' | 'ACCEPTED_WITH_ERRORS' | 'REJECTED';

export interface SubmissionAnswer {
  /** CSV of the submission (the agency's receipt), when any record was accepted. */
  csv: string | null;
  waitSeconds: number;
  lines: Array<{ number: string; kind: 'ALTA' | 'ANULACION'; state: LineState; errorCode: string | null; errorMessage: string | null }>;
}

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: (name) => name === 'RespuestaLinea' });

const STATES: Record<string, LineState> = { Correcto: 'ACCEPTED', AceptadoConErrores: 'ACCEPTED_WITH_ERRORS', Incorrecto: 'REJECTED' };

export class SoapFault extends Error {
  constructor(readonly faultCode: string, readonly faultString: string) { super(`SOAP fault ${faultCode}: ${faultString}`); }
}

/** Reads RespuestaRegFactuSistemaFacturacion; a SOAP Fault (the whole submission refused) is thrown. */
export function readAnswer(xml: string): SubmissionAnswer {
  const doc = parser.parse(xml) as Record<string, any>;
  const body = doc['Envelope']?.['Body'];
  if (!body) throw new SoapFault('Client', 'not a SOAP envelope');
  if (body['Fault']) throw new SoapFault(String(body['Fault']['faultcode'] ?? ''), String(body['Fault']['faultstring'] ?? ''));
  const answer = body['RespuestaRegFactuSistemaFacturacion'];
  if (!answer) throw new SoapFault('Client', 'no RespuestaRegFactuSistemaFacturacion');
  const lines = (answer['RespuestaLinea'] ?? []) as Array<Record<string, any>>;
  return {
    csv: answer['CSV'] ? String(answer['CSV']) : null,
    waitSeconds: Number(answer['TiempoEsperaEnvio'] ?? 60),
    lines: lines.map((l) => ({
      number: String(l['IDFactura']?.['NumSerieFactura'] ?? ''),
      kind: l['Operacion']?.['TipoOperacion'] === 'Anulacion' ? 'ANULACION' : 'ALTA',
      state: STATES[String(l['EstadoRegistro'])] ?? 'REJECTED',
      errorCode: l['CodigoErrorRegistro'] != null ? String(l['CodigoErrorRegistro']) : null,
      errorMessage: l['DescripcionErrorRegistro'] != null ? String(l['DescripcionErrorRegistro']).slice(0, 500) : null,
    })),
  };
}
