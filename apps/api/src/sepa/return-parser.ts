// Reads a bank's return file (docs/sepa.md "Returns"): a pain.002 status report (TxInfAndSts with
// OrgnlEndToEndId, TxSts=RJCT, StsRsnInf/Rsn/Cd) or a camt.054 notification (TxDtls with Refs/EndToEndId
// and RtrInf/Rsn/Cd), told apart by the document's namespace. Streaming SAX: 100 000 rows stay small.
import { SaxesParser } from 'saxes';
import { isDateOnly } from '@antena/domain';

export interface ReturnRow { endToEndId: string; reasonCode: string; returnedOn: string; isReturn: boolean }
export interface ParsedReturns { format: 'pain.002' | 'camt.054'; rows: ReturnRow[] }

/** Null when the document is neither (or not XML at all). */
export function parseBankReturns(xml: string): ParsedReturns | null {
  // Namespace processing off (it costs a third of the parse): the root's xmlns attributes tell the format.
  const parser = new SaxesParser({ xmlns: false });
  const path: string[] = [];
  let format: ParsedReturns['format'] | null = null;
  let rootSeen = false;
  let text = '';
  let fileDate = '';
  let entryDate = '';
  let row: { e2e: string; code: string; status: string; date: string; returnInfo: boolean } | null = null;
  const rows: ReturnRow[] = [];
  const parent = (n: number) => path[path.length - 1 - n];
  const localOf = (name: string) => { const i = name.indexOf(':'); return i < 0 ? name : name.slice(i + 1); };
  parser.on('opentag', (tag) => {
    if (!rootSeen) {
      rootSeen = true;
      const ns = Object.entries(tag.attributes).filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:')).map(([, v]) => String(v)).join(' ');
      format = ns.includes(':pain.002.') ? 'pain.002' : ns.includes(':camt.054.') ? 'camt.054' : null;
    }
    const local = localOf(tag.name);
    path.push(local);
    text = '';
    if ((format === 'pain.002' && local === 'TxInfAndSts') || (format === 'camt.054' && local === 'TxDtls')) {
      row = { e2e: '', code: '', status: '', date: '', returnInfo: false };
    }
    if (row && local === 'RtrInf') row.returnInfo = true;
    if (local === 'Ntry') entryDate = '';
  });
  parser.on('text', (t) => { text += t; });
  parser.on('closetag', (tag) => {
    const v = text.trim();
    const local = localOf(tag.name);
    if (local === 'CreDtTm' && parent(1) === 'GrpHdr') fileDate = v.slice(0, 10);
    if (local === 'Dt' && (parent(1) === 'BookgDt' || (parent(1) === 'ValDt' && !entryDate)) && parent(2) === 'Ntry') entryDate = v.slice(0, 10);
    if (row) {
      if (local === 'OrgnlEndToEndId' || (local === 'EndToEndId' && parent(1) === 'Refs')) row.e2e = v;
      if (local === 'TxSts') row.status = v;
      if (local === 'Cd' && parent(1) === 'Rsn' && (parent(2) === 'StsRsnInf' || parent(2) === 'RtrInf')) row.code = v;
      if ((local === 'TxInfAndSts' && format === 'pain.002') || (local === 'TxDtls' && format === 'camt.054')) {
        const returnedOn = [entryDate, fileDate].find((d) => isDateOnly(d)) ?? '';
        const isReturn = format === 'pain.002' ? row.status === 'RJCT' : row.returnInfo;
        if (row.e2e) rows.push({ endToEndId: row.e2e, reasonCode: row.code || 'MS03', returnedOn, isReturn: isReturn && returnedOn !== '' });
        row = null;
      }
    }
    path.pop();
    text = '';
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return format ? { format, rows } : null;
}
