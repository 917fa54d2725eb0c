// The issuer printed on invoices (the ISP itself): from the VeriFactu settings (docs/verifactu.md,
// "Settings"), with the name and NIF the document's own record was written with.
export interface Issuer { name: string; taxId: string; address: string; email: string | null; registerLine?: string | null }
