// Human names of the input fields the messages mention (docs/codes.md): a refusal keeps the field's path
// ("input.code") for programs, and the sentence names the field as a person reads it ("código").
import type { Locale } from './codes.js';

const LABELS: Record<string, Record<Locale, string>> = {
  code: { es: 'código', en: 'code' },
  name: { es: 'nombre', en: 'name' },
  legalName: { es: 'razón social', en: 'legal name' },
  taxId: { es: 'NIF/NIE/CIF', en: 'tax id' },
  email: { es: 'correo electrónico', en: 'email' },
  phone: { es: 'teléfono', en: 'phone' },
  address: { es: 'dirección', en: 'address' },
  iban: { es: 'IBAN', en: 'IBAN' },
  mandateReference: { es: 'referencia del mandato SEPA', en: 'SEPA mandate reference' },
  mandateSignedAt: { es: 'fecha de firma del mandato', en: 'mandate signature date' },
  signedAt: { es: 'fecha de firma', en: 'signature date' },
  signerName: { es: 'firmante', en: 'signer' },
  signerTaxId: { es: 'NIF del firmante', en: 'signer tax id' },
  description: { es: 'concepto', en: 'description' },
  amountCents: { es: 'importe', en: 'amount' },
  priceCents: { es: 'precio', en: 'price' },
  value: { es: 'valor', en: 'value' },
  percent: { es: 'porcentaje', en: 'percent' },
  vatRate: { es: 'tipo de IVA', en: 'VAT rate' },
  date: { es: 'fecha', en: 'date' },
  effectiveDate: { es: 'fecha de efecto', en: 'effective date' },
  validFrom: { es: 'fecha de inicio', en: 'start date' },
  validTo: { es: 'fecha de fin', en: 'end date' },
  from: { es: 'fecha inicial', en: 'start date' },
  to: { es: 'fecha final', en: 'end date' },
  startDate: { es: 'fecha de inicio', en: 'start date' },
  billingStartDate: { es: 'inicio de facturación', en: 'billing start date' },
  collectionDate: { es: 'fecha de cobro', en: 'collection date' },
  issueDate: { es: 'fecha de emisión', en: 'issue date' },
  period: { es: 'periodo', en: 'period' },
  periodFrom: { es: 'periodo inicial', en: 'first period' },
  periodTo: { es: 'periodo final', en: 'last period' },
  minTotalCents: { es: 'total mínimo', en: 'minimum total' },
  maxTotalCents: { es: 'total máximo', en: 'maximum total' },
  kind: { es: 'tipo', en: 'kind' },
  status: { es: 'estado', en: 'status' },
  state: { es: 'estado', en: 'state' },
  mode: { es: 'modo de facturación', en: 'billing mode' },
  tariffId: { es: 'tarifa', en: 'tariff' },
  tariffCode: { es: 'tarifa', en: 'tariff' },
  contractId: { es: 'contrato', en: 'contract' },
  clientId: { es: 'cliente', en: 'client' },
  partnerId: { es: 'partner', en: 'partner' },
  subscriptionId: { es: 'suscripción', en: 'subscription' },
  label: { es: 'etiqueta', en: 'label' },
  password: { es: 'contraseña', en: 'password' },
  currentPassword: { es: 'contraseña actual', en: 'current password' },
  newPassword: { es: 'contraseña nueva', en: 'new password' },
  reason: { es: 'motivo', en: 'reason' },
  creditorName: { es: 'nombre del acreedor', en: 'creditor name' },
  creditorId: { es: 'identificador de acreedor', en: 'creditor id' },
  bic: { es: 'BIC', en: 'BIC' },
  painFormat: { es: 'formato pain', en: 'pain format' },
  daysBetweenIssueAndCollection: { es: 'días entre emisión y cobro', en: 'days between issue and collection' },
  returnFeeCents: { es: 'gastos de devolución', en: 'return fee' },
  returnFeeVatRate: { es: 'IVA de los gastos de devolución', en: 'return fee VAT rate' },
  issuerNif: { es: 'NIF del emisor', en: 'issuer tax id' },
  first: { es: 'tamaño de página', en: 'page size' },
  limit: { es: 'límite', en: 'limit' },
  months: { es: 'meses', en: 'months' },
  after: { es: 'cursor', en: 'cursor' },
  id: { es: 'identificador', en: 'id' },
  search: { es: 'búsqueda', en: 'search' },
  term: { es: 'búsqueda', en: 'search' },
};

/**
 * The human name of an input field in `locale`: its last segment ("input.subscriptions[0].tariffs[0].priceCents" →
 * "precio"), or the segment itself when it has no label.
 */
export function fieldLabel(field: string, locale: Locale): string {
  const last = field.replace(/\[\d+\]/g, '').split('.').filter((s) => s !== '' && !/^\d+$/.test(s)).pop() ?? field;
  return LABELS[last]?.[locale] ?? last;
}
