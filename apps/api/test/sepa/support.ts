// SEPA test support: validation against the official XSDs kept in the repository (src/sepa/xsd), bank return
// files (pain.002, camt.054) built like banks send them, and another writer holding an invoice's debit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/db/ids.js';
import type { InvoiceEntity } from '../../src/entities/index.js';
import { RemittanceEntity, SepaDebitEntity } from '../../src/sepa/sepa.entities.js';

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

type HeldInvoice = Pick<InvoiceEntity, 'id' | 'number' | 'clientId' | 'contractId'> & { totalCents: number | string };

/**
 * PostgreSQL: another writer (not a remittance creation, so it takes no counter) holding `invoice`'s first EndToEndId
 * in an uncommitted remittance. `commitOnceWaitedOn` waits until a statement of the database waits on a lock (a
 * creation's insert of the same EndToEndId), then commits and lets the connection go.
 */
export async function otherWriterHolding(ds: DataSource, invoice: HeldInvoice): Promise<{ remittanceId: string; commitOnceWaitedOn(who: string): Promise<void> }> {
  const other = ds.createQueryRunner();
  await other.connect();
  await other.startTransaction();
  const remittanceId = newId();
  const cents = Number(invoice.totalCents);
  await other.manager.insert(RemittanceEntity, {
    id: remittanceId, reference: 'REM-OTHER-WRITER', painFormat: 'pain.008.001.02', collectionDate: '2026-11-27', status: 'OPEN', count: 1, sumCents: cents, groups: [],
    creditor: { name: CREDITOR.creditorName, creditorId: CREDITOR.creditorId, initiatingPartyId: CREDITOR.initiatingPartyId, iban: CREDITOR.iban, bic: CREDITOR.bic },
    createdBy: 'other', createdAt: new Date().toISOString(), settledAt: null,
  });
  await other.manager.insert(SepaDebitEntity, {
    id: newId(), remittanceId, position: 0, invoiceId: invoice.id, invoiceNumber: invoice.number, contractId: invoice.contractId, clientId: invoice.clientId,
    endToEndId: `${invoice.number}-01`, amountCents: cents, sequenceType: 'FRST', debtorName: 'Otro', iban: 'ES9121000418450200051332', mandateReference: 'OTHER', mandateSignedAt: '2025-01-10',
    previousIban: null, previousMandateReference: null, remittanceInfo: invoice.number, contractNumber: 'OTHER', ibanChangedOn: null, mandateChangedOn: null, retry: false,
    status: 'PENDING', returnReasonCode: null, returnedOn: null, returnedAt: null,
  });
  return {
    remittanceId,
    async commitOnceWaitedOn(who) {
      try {
        const deadline = Date.now() + 30_000;
        while (Number((await ds.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n) === 0) {
          if (Date.now() > deadline) throw new Error(`${who} never waited on the other writer`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await other.commitTransaction();
      } finally {
        await other.release();
      }
    },
  };
}
