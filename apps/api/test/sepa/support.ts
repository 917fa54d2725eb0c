// SEPA test support: validation against the official XSDs kept in the repository (src/sepa/xsd), and
// bank return files (pain.002, camt.054) built like banks send them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';

const xsdPath = (format: string) => fileURLToPath(new URL(`../../src/sepa/xsd/${format}.xsd`, import.meta.url));

/** Throws with libxml2's messages when the document does not validate. */
export function validateAgainstXsd(xml: string, format: 'pain.008.001.02' | 'pain.008.001.08'): void {
  const schemaDoc = XmlDocument.fromString(readFileSync(xsdPath(format), 'utf8'));
  const validator = XsdValidator.fromDoc(schemaDoc);
  const doc = XmlDocument.fromString(xml);
  try {
    validator.validate(doc);
  } finally {
    doc.dispose();
    validator.dispose();
    schemaDoc.dispose();
  }
}

export interface ReturnSpec { endToEndId: string; reasonCode: string; status?: string }

export function pain002(rows: ReturnSpec[], createdOn = '2026-11-27'): string {
  const tx = rows.map((r, i) => `<TxInfAndSts><StsId>S${i}</StsId><OrgnlEndToEndId>${r.endToEndId}</OrgnlEndToEndId><TxSts>${r.status ?? 'RJCT'}</TxSts>`
    + `<StsRsnInf><Rsn><Cd>${r.reasonCode}</Cd></Rsn></StsRsnInf></TxInfAndSts>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>`
    + `<GrpHdr><MsgId>BANK-1</MsgId><CreDtTm>${createdOn}T08:00:00</CreDtTm></GrpHdr>`
    + `<OrgnlGrpInfAndSts><OrgnlMsgId>REM</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId></OrgnlGrpInfAndSts>`
    + `<OrgnlPmtInfAndSts><OrgnlPmtInfId>P1</OrgnlPmtInfId>${tx}</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
}

export function camt054(rows: ReturnSpec[], bookedOn = '2026-11-28'): string {
  const tx = rows.map((r) => `<TxDtls><Refs><EndToEndId>${r.endToEndId}</EndToEndId></Refs><Amt Ccy="EUR">36.30</Amt>`
    + `<RtrInf><Rsn><Cd>${r.reasonCode}</Cd></Rsn></RtrInf></TxDtls>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>`
    + `<GrpHdr><MsgId>BANK-2</MsgId><CreDtTm>2026-11-29T08:00:00</CreDtTm></GrpHdr><Ntfctn><Id>N1</Id>`
    + `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${bookedOn}</Dt></BookgDt><NtryDtls>${tx}</NtryDtls></Ntry>`
    + `</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
}

export const CREDITOR = { creditorName: 'Antena Telecom S.L.', creditorId: 'ES77000B85626240', initiatingPartyId: 'B85626240000', iban: 'ES6621000418401234567891', bic: 'CAIXESBBXXX' };
