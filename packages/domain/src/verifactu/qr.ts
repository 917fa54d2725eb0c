// The QR code printed on every invoice (docs/verifactu.md, "The QR code"): the agency's validation URL with
// the issuer's NIF, the number, the issue date and the total, each value URL-encoded. The hash is not in it.
import type { DateOnly } from '../dates/day-number.js';
import { formatAmount, formatIssueDate } from './format.js';
import type { VerifactuMode } from './record.js';

export type AgencyEnvironment = 'PRODUCTION' | 'TEST';

const HOSTS: Record<AgencyEnvironment, string> = {
  PRODUCTION: 'https://www2.agenciatributaria.gob.es',
  TEST: 'https://prewww2.aeat.es',
};

export function verifactuQrUrl(input: { mode: VerifactuMode; environment: AgencyEnvironment; issuerNif: string; number: string; issueDate: DateOnly; totalCents: number }): string {
  const path = input.mode === 'VERIFACTU' ? 'ValidarQR' : 'ValidarQRNoVerifactu';
  const q = (v: string) => encodeURIComponent(v.trim());
  return `${HOSTS[input.environment]}/wlpl/TIKE-CONT/${path}?nif=${q(input.issuerNif)}&numserie=${q(input.number)}`
    + `&fecha=${q(formatIssueDate(input.issueDate))}&importe=${q(formatAmount(input.totalCents))}`;
}

/** The legends around the QR: "QR tributario:" above it, and below it the mode's sentence. */
export const QR_LEGEND_ABOVE = 'QR tributario:';
export function qrLegendBelow(mode: VerifactuMode): string {
  return mode === 'VERIFACTU' ? 'VERI*FACTU' : 'Factura verificable en la sede electrónica de la AEAT';
}
/** Printed size (30–40 mm) and error correction level. */
export const QR_SIZE_MM = 35;
export const QR_ERROR_CORRECTION = 'M';
