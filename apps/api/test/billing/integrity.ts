// What every crash and concurrency test checks: whole invoices, one per contract and period, and
// numbers F<year>-000001… with no gap, the counter just past the last one.
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import { InvoiceCounterEntity, InvoiceEntity } from '../../src/entities/index.js';

export async function expectWholeAndGapless(ds: DataSource, year: number, series = 'F'): Promise<number> {
  const invoices = await ds.getRepository(InvoiceEntity).find({ where: { series, year }, order: { sequence: 'ASC' } });
  expect(invoices.map((i) => i.sequence)).toEqual(invoices.map((_, i) => i + 1));
  expect(invoices.every((i) => i.number === `${series}${year}-${String(i.sequence).padStart(6, '0')}`)).toBe(true);
  const keys = invoices.filter((i) => i.kind === 'INVOICE').map((i) => `${i.contractId}/${i.period}`);
  expect(new Set(keys).size).toBe(keys.length);
  // Whole: every invoice has lines and they add up to its base.
  const sums: { invoiceId: string; base: string | number; n: string | number }[] = await ds.createQueryBuilder()
    .select('l.invoiceId', 'invoiceId').addSelect('SUM(l.amountCents)', 'base').addSelect('COUNT(*)', 'n')
    .from('invoice_lines', 'l').groupBy('l.invoiceId').getRawMany();
  const byInvoice = new Map(sums.map((s) => [s.invoiceId, Number(s.base)]));
  for (const i of invoices) expect([i.number, byInvoice.get(i.id)]).toEqual([i.number, i.baseCents]);
  const counter = await ds.getRepository(InvoiceCounterEntity).findOneBy({ series, year });
  expect(counter?.nextNumber ?? 1).toBe(invoices.length + 1);
  return invoices.length;
}
