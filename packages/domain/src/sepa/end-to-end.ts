// EndToEndId of a debit (docs/sepa.md "EndToEndId"): the invoice number and the attempt, so a return
// names the invoice it belongs to and every new attempt gets a new, unique id (≤ 35 characters).
/** Two digits name the attempt: an invoice is debited at most 99 times (remittanceEligibility keeps it out after that). */
export const MAX_DEBIT_ATTEMPTS = 99;

export function endToEndIdOf(invoiceNumber: string, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > MAX_DEBIT_ATTEMPTS) throw new RangeError(`attempt out of range: ${attempt}`);
  const id = `${invoiceNumber}-${String(attempt).padStart(2, '0')}`;
  if (id.length > 35 || !/^[A-Za-z0-9-]+$/.test(id)) throw new RangeError(`not an EndToEndId: ${id}`);
  return id;
}

/** The invoice number and attempt an EndToEndId names, or null when it is not one of Antena's. */
export function parseEndToEndId(id: string): { invoiceNumber: string; attempt: number } | null {
  const m = /^([A-Za-z0-9-]+)-(\d{2})$/.exec(id.trim());
  if (!m) return null;
  const attempt = Number(m[2]);
  return attempt >= 1 ? { invoiceNumber: m[1] as string, attempt } : null;
}
