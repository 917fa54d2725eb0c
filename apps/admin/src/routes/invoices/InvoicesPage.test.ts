import { describe, expect, it } from 'vitest';
import { toInvoiceFilter } from './InvoicesPage';
import { csvQuery } from './CsvButton';

const EMPTY = { status: [], kind: null, periodFrom: '', periodTo: '', clientId: null, minTotal: '', maxTotal: '' };

describe('the invoices filter sent to the API', () => {
  it('sends only complete values: euros become cents, a half-typed period does not filter', () => {
    expect(toInvoiceFilter({ ...EMPTY, status: ['PAID'], kind: 'CREDIT_NOTE', periodFrom: '2026-0', periodTo: '2026-03', minTotal: 10.5, maxTotal: 1234.56 }))
      .toEqual({ status: ['PAID'], kind: 'CREDIT_NOTE', periodFrom: null, periodTo: '2026-03', clientId: null, minTotalCents: 1050, maxTotalCents: 123456 });
    expect(toInvoiceFilter(EMPTY)).toEqual({ status: null, kind: null, periodFrom: null, periodTo: null, clientId: null, minTotalCents: null, maxTotalCents: null });
  });

  it('becomes the CSV query string, status repeated, empty fields left out', () => {
    expect(csvQuery({ status: ['ISSUED', 'RETURNED'] as never, kind: null, periodFrom: '2026-01', minTotalCents: -500, clientId: null }))
      .toBe('status=ISSUED&status=RETURNED&periodFrom=2026-01&minTotalCents=-500');
  });
});
