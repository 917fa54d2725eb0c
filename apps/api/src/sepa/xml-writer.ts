// The pain.008 file of a remittance, written as a stream of small strings (docs/sepa.md "XML file"): the
// group header and payment blocks come from the remittance row, the debits page by page from the database,
// so the whole XML is never in memory. Formats pain.008.001.02 (AEB Cuaderno 19.14) and pain.008.001.08.
import { centsToDecimal, type PainFormat } from '@antena/domain';
import type { RemittanceEntity, SepaDebitEntity } from './sepa.entities.js';

/** Non-empty text of the SEPA character set, with no space at either end nor two together. */
const PLAIN = /^[A-Za-z0-9/\-?:().,'+](?:[A-Za-z0-9/\-?:().,'+]| (?=[A-Za-z0-9/\-?:().,'+]))*$/;
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text limited to the SEPA character set (letters without diacritics, digits, / - ? : ( ) . , ' + space), as
 * banks refuse anything else; then cut to the element's maximum and XML-escaped.
 */
export function sepaText(s: string, max: number): string {
  // Most text is already plain (no diacritics, single inner spaces): it only needs cutting, and has nothing to escape but '.
  if (s.length <= max && PLAIN.test(s)) return s.includes("'") ? s.replaceAll("'", '&apos;') : s;
  const latin = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ').replace(/\s+/g, ' ').trim();
  return (latin.slice(0, max).trim() || 'NOTPROVIDED').replace(/[&<>"']/g, (c) => ESC[c]!);
}

const agent = (format: PainFormat, bic: string | null) => (bic
  ? `<FinInstnId><${format === 'pain.008.001.08' ? 'BICFI' : 'BIC'}>${bic}</${format === 'pain.008.001.08' ? 'BICFI' : 'BIC'}></FinInstnId>`
  : '<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>');

function header(r: RemittanceEntity): string {
  const c = r.creditor;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${r.painFormat}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<CstmrDrctDbtInitn><GrpHdr><MsgId>${sepaText(r.reference, 35)}</MsgId><CreDtTm>${r.createdAt.slice(0, 19)}</CreDtTm>`
    + `<NbOfTxs>${r.count}</NbOfTxs><CtrlSum>${centsToDecimal(r.sumCents)}</CtrlSum>`
    + `<InitgPty><Nm>${sepaText(c.name, 70)}</Nm><Id><OrgId><Othr><Id>${sepaText(c.initiatingPartyId, 35)}</Id></Othr></OrgId></Id></InitgPty></GrpHdr>\n`;
}

function paymentInfo(r: RemittanceEntity, g: RemittanceEntity['groups'][number]): string {
  const c = r.creditor;
  return `<PmtInf><PmtInfId>${sepaText(`${r.reference}-${g.sequenceType}-${g.collectionDate.replaceAll('-', '')}`, 35)}</PmtInfId><PmtMtd>DD</PmtMtd>`
    + `<BtchBookg>true</BtchBookg><NbOfTxs>${g.count}</NbOfTxs><CtrlSum>${centsToDecimal(g.sumCents)}</CtrlSum>`
    + `<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>${g.sequenceType}</SeqTp></PmtTpInf>`
    + `<ReqdColltnDt>${g.collectionDate}</ReqdColltnDt><Cdtr><Nm>${sepaText(c.name, 70)}</Nm></Cdtr>`
    + `<CdtrAcct><Id><IBAN>${c.iban}</IBAN></Id></CdtrAcct><CdtrAgt>${agent(r.painFormat, c.bic)}</CdtrAgt><ChrgBr>SLEV</ChrgBr>`
    + `<CdtrSchmeId><Id><PrvtId><Othr><Id>${c.creditorId}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>\n`;
}

/** What a DrctDbtTxInf is written from. */
export const XML_COLUMNS = ['amountCents', 'mandateReference', 'mandateSignedAt', 'previousIban', 'previousMandateReference', 'debtorName', 'iban', 'remittanceInfo'] as const;
export type XmlDebit = Pick<SepaDebitEntity, 'endToEndId' | (typeof XML_COLUMNS)[number]>;

/** No postal address is written: unstructured addresses are refused since November 2026 (docs/sepa.md). */
export function debitXml(format: PainFormat, d: XmlDebit): string {
  const amended = d.previousIban !== null || d.previousMandateReference !== null;
  const amendment = amended
    ? '<AmdmntInd>true</AmdmntInd><AmdmntInfDtls>'
      + (d.previousMandateReference ? `<OrgnlMndtId>${sepaText(d.previousMandateReference, 35)}</OrgnlMndtId>` : '')
      + (d.previousIban ? `<OrgnlDbtrAcct><Id><IBAN>${d.previousIban}</IBAN></Id></OrgnlDbtrAcct><OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id></Othr></FinInstnId></OrgnlDbtrAgt>` : '')
      + '</AmdmntInfDtls>'
    : '<AmdmntInd>false</AmdmntInd>';
  return `<DrctDbtTxInf><PmtId><EndToEndId>${d.endToEndId}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${centsToDecimal(d.amountCents)}</InstdAmt>`
    + `<DrctDbtTx><MndtRltdInf><MndtId>${sepaText(d.mandateReference, 35)}</MndtId><DtOfSgntr>${d.mandateSignedAt}</DtOfSgntr>${amendment}</MndtRltdInf></DrctDbtTx>`
    + `<DbtrAgt>${agent(format, null)}</DbtrAgt><Dbtr><Nm>${sepaText(d.debtorName, 70)}</Nm></Dbtr><DbtrAcct><Id><IBAN>${d.iban}</IBAN></Id></DbtrAcct>`
    + `<RmtInf><Ustrd>${sepaText(d.remittanceInfo, 140)}</Ustrd></RmtInf></DrctDbtTxInf>\n`;
}

/**
 * Yields the file in order. `pages(sequenceType)` returns that payment block's debits in position order, a page
 * at a time.
 */
export async function* remittanceXml(r: RemittanceEntity, pages: (sequenceType: string) => AsyncIterable<XmlDebit[]>): AsyncGenerator<string> {
  yield header(r);
  for (const g of r.groups) {
    yield paymentInfo(r, g);
    for await (const page of pages(g.sequenceType)) {
      let chunk = '';
      for (const d of page) chunk += debitXml(r.painFormat, d);
      yield chunk;
    }
    yield '</PmtInf>\n';
  }
  yield '</CstmrDrctDbtInitn></Document>\n';
}
