// Pure aggregations behind the dashboard, kept apart so they are tested without a browser.
export function totalsByPeriod(invoices: readonly { period: string; totalCents: number }[]): { period: string; totalCents: number }[] {
  const sums = new Map<string, number>();
  for (const invoice of invoices) sums.set(invoice.period, (sums.get(invoice.period) ?? 0) + invoice.totalCents);
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, totalCents]) => ({ period, totalCents }));
}

export function countByState<S extends string>(states: readonly S[], order: readonly S[]): { state: S; count: number }[] {
  const counts = new Map<S, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  return order.map((state) => ({ state, count: counts.get(state) ?? 0 }));
}
