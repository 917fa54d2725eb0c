// A remittance preview beyond a bound is refused with a way forward (docs/sepa.md "Previews as jobs").
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/index.js';
import { checkInlineRemittancePreview } from './preview-guard.js';

describe('checkInlineRemittancePreview', () => {
  it.each([[0, null], [1, null], [5000, null], [5001, 'SEPA_PREVIEW_TOO_LARGE'], [100_000, 'SEPA_PREVIEW_TOO_LARGE']] as const)('%i candidates → %s', (candidates, code) => {
    expect(checkInlineRemittancePreview({ collectionDate: '2026-11-25', candidates, max: 5000 })?.code ?? null).toBe(code);
  });

  it('says how many candidates, the bound, names the filter and the queued preview as the remedy, in both languages', () => {
    const r = checkInlineRemittancePreview({ collectionDate: '2026-11-25', candidates: 100_000, max: 5000 })!;
    expect(r).toEqual({ code: 'SEPA_PREVIEW_TOO_LARGE', field: 'filter', params: { date: '2026-11-25', count: 100_000, max: 5000 } });
    const es = explain(r, 'es');
    expect(es.message).toBe('La vista previa de la remesa del 25/11/2026 recorre 100.000 facturas candidatas, más de las 5000 que se calculan al momento sin bloquear la API.');
    expect(es.remedy).toContain('queueRemittancePreview');
    expect(es.field).toBe('filter');
    const en = explain(r, 'en');
    expect(en.message).toBe('The preview of the remittance of 25/11/2026 goes through 100,000 candidate invoices, more than the 5,000 worked out on the spot without holding up the API.');
    expect(en.remedy).toContain('queueRemittancePreview');
    expect(explain(checkInlineRemittancePreview({ collectionDate: '2026-11-25', candidates: 2, max: 1 })!, 'en').message).toContain('2 candidate invoices');
  });
});
