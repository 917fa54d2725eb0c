// Whole-base previews and PDF batches beyond a bound are refused with a way forward (docs/billing.md "Guards").
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/index.js';
import { checkInlinePreview, checkPdfBatch } from './batch-guard.js';

describe('checkInlinePreview', () => {
  it.each([
    [0, false, null], [2000, false, null], [2001, false, 'BILLING_PREVIEW_TOO_LARGE'], [100_000, true, null], [100_000, false, 'BILLING_PREVIEW_TOO_LARGE'],
  ] as const)('%i contracts, one contract only: %s → %s', (contracts, onlyContract, code) => {
    expect(checkInlinePreview({ period: '2026-11', contracts, max: 2000, onlyContract })?.code ?? null).toBe(code);
  });

  it('says how many contracts, the bound, and names the queued preview as the remedy', () => {
    const r = checkInlinePreview({ period: '2026-11', contracts: 100_000, max: 2000, onlyContract: false })!;
    expect(r).toEqual({ code: 'BILLING_PREVIEW_TOO_LARGE', field: 'contractId', params: { period: '2026-11', count: 100_000, max: 2000 } });
    const es = explain(r, 'es');
    expect(es.message).toBe('La previsualización de 2026-11 recorre 100.000 contratos, más de los 2000 que se calculan al momento sin bloquear la API.');
    expect(es.remedy).toContain('queueBillingPreview');
    const en = explain(r, 'en');
    expect(en.message).toBe('The preview of 2026-11 goes through 100,000 contracts, more than the 2,000 worked out on the spot without holding up the API.');
    expect(en.remedy).toContain('queueBillingPreview');
  });
});

describe('checkPdfBatch', () => {
  it.each([[0, 'PDF_BATCH_EMPTY'], [1, null], [5000, null], [5001, 'PDF_BATCH_TOO_LARGE']] as const)('%i invoices → %s', (count, code) => {
    expect(checkPdfBatch({ count, max: 5000 })?.code ?? null).toBe(code);
  });

  it('explains the bound and how to narrow the selection, in both languages', () => {
    const r = checkPdfBatch({ count: 7321, max: 5000 })!;
    expect(r).toEqual({ code: 'PDF_BATCH_TOO_LARGE', field: 'filter', params: { count: 7321, max: 5000 } });
    expect(explain(r, 'es').message).toBe('El filtro selecciona 7321 facturas, más de las 5000 que admite un lote de PDF.');
    expect(explain(r, 'en').message).toBe('The filter selects 7,321 invoices, more than the 5,000 a PDF batch takes.');
    expect(explain(r, 'en').remedy).toContain('5,000');
    expect(explain(checkPdfBatch({ count: 0, max: 5000 })!, 'es').remedy).toContain('filtro');
  });
});
