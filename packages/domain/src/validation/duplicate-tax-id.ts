// Several clients may share a tax id (a company with several accounts), so a repeated one is a
// warning that points at each other client, never a refusal (docs/domain-contract.md, "Warnings").
import type { Warning } from '../billing/account.js';

/** One DUPLICATE_TAX_ID warning per other client that already has `taxId` (the client itself left out). */
export function duplicateTaxIdWarnings(input: {
  taxId: string;
  clientId?: string | null;
  others: readonly { id: string; code: string; name: string; taxId: string }[];
}): Warning[] {
  return input.others
    .filter((o) => o.id !== input.clientId && o.taxId === input.taxId)
    .map((o) => ({ code: 'DUPLICATE_TAX_ID', entityType: 'Client', entityId: o.id, field: 'taxId', params: { taxId: input.taxId, code: o.code, name: o.name } }));
}
