// The issuer printed on invoices (the ISP itself). From the environment, with placeholders that make
// a missing setting obvious on the document rather than failing the download.
export interface Issuer { name: string; taxId: string; address: string; email: string | null }

export function issuerFromEnv(env: NodeJS.ProcessEnv = process.env): Issuer {
  return {
    name: env['ANTENA_ISSUER_NAME'] ?? 'Antena Telecomunicaciones S.L.',
    taxId: env['ANTENA_ISSUER_TAX_ID'] ?? 'B12345674',
    address: env['ANTENA_ISSUER_ADDRESS'] ?? 'Calle Mayor 1, 28001 Madrid',
    email: env['ANTENA_ISSUER_EMAIL'] ?? null,
  };
}
