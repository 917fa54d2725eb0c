// Demo data covering every situation of docs/product.md: signed and unsigned contracts, rule 1's changed
// profile IBAN (ES91… on the signature, ES79… on the profile), non-billable (rule 3), pending,
// suspended, cancelled and rejected subscriptions, bonuses, additional amounts, a mid-month
// migration A → B (rule 4), two partners with their clients, and a deletable client (rule 2).
import type { SubscriptionState } from '@antena/domain';
import type { AdditionalAmountEntity, BonusEntity, ClientEntity, ContractEntity, PartnerEntity, TariffEntity } from '../entities/index.js';

type Row<T> = Omit<T, 'createdAt' | 'updatedAt' | 'version' | 'searchText' | 'archivedAt'>;

export const partners: Row<PartnerEntity>[] = [
  { id: 'p-redes-del-sur', name: 'Redes del Sur (partner)' },
  { id: 'p-conecta', name: 'Conecta Integradores (partner)' },
];

export const tariffs: Row<TariffEntity>[] = [
  { id: 't-a', code: 'A', name: 'Fibra 300 Mb (tarifa A)', priceCents: 3000, vatRate: 0.21 },
  { id: 't-b', code: 'B', name: 'Fibra 600 Mb (tarifa B)', priceCents: 4500, vatRate: 0.21 },
  { id: 't-radio', code: 'RADIO-50', name: 'Radioenlace 50 Mb', priceCents: 2500, vatRate: 0.21 },
];

const client = (id: string, code: string, kind: 'PERSON' | 'COMPANY', name: string, taxId: string, iban: string | null, partnerId: string | null = null): Row<ClientEntity> =>
  ({ id, code, kind, name, taxId, email: `${code.toLowerCase()}@demo.antena.local`, phone: '+34 600 000 000', address: 'Calle Mayor 1, 41001 Sevilla', iban, partnerId });

export const clients: Row<ClientEntity>[] = [
  // Rule 1: signed with ES91…, profile IBAN changed afterwards to ES79….
  client('c-garcia', 'C000001', 'PERSON', 'María García López', '12345678Z', 'ES7921000813610123456789'),
  // Rule 2: a deletable client (draft contract, pending subscription, nothing else).
  client('c-ruiz', 'C000002', 'COMPANY', 'Talleres Ruiz S.L.', 'B12345674', null),
  // Rule 3: the ISP's own internal lines, active but never invoiced.
  client('c-interno', 'C000003', 'COMPANY', 'Antena Telecom (uso interno)', 'A58818501', 'ES6621000418401234567891'),
  // Bonuses and additional amounts; a suspended line.
  client('c-martin', 'C000004', 'PERSON', 'Jorge Martín Sanz', '23456789D', 'ES1000492352082414205416'),
  // Cancelled and rejected subscriptions: not deletable because of the signature.
  client('c-lopez', 'C000005', 'PERSON', 'Lucía López Vidal', '34567890V', null),
  client('c-sur-1', 'C000006', 'PERSON', 'Pedro Sánchez Mora', '45678901G', 'ES7620770024003102575766', 'p-redes-del-sur'),
  client('c-sur-2', 'C000007', 'COMPANY', 'Bar La Esquina S.L.', 'B86561412', null, 'p-redes-del-sur'),
  client('c-conecta-1', 'C000008', 'PERSON', 'Elena Torres Gil', '56789012B', 'ES0700120345030000067890', 'p-conecta'),
  client('c-conecta-2', 'C000009', 'COMPANY', 'Hostal Las Dunas S.L.', 'B65410011', null, 'p-conecta'),
];

const signed = (id: string, number: string, clientId: string, signerName: string, signerTaxId: string, iban: string, signedAt: string): Row<ContractEntity> =>
  ({ id, number, clientId, status: 'SIGNED', signedAt, signerName, signerTaxId, iban, mandateReference: `ANTENA-${number}` });
const draft = (id: string, number: string, clientId: string): Row<ContractEntity> =>
  ({ id, number, clientId, status: 'DRAFT', signedAt: null, signerName: null, signerTaxId: null, iban: null, mandateReference: null });

export const contracts: Row<ContractEntity>[] = [
  signed('k-garcia', 'CT000001', 'c-garcia', 'María García López', '12345678Z', 'ES9121000418450200051332', '2026-09-20'),
  draft('k-ruiz', 'CT000002', 'c-ruiz'),
  signed('k-interno', 'CT000003', 'c-interno', 'Dirección Antena Telecom', 'A58818501', 'ES6621000418401234567891', '2026-01-10'),
  signed('k-martin', 'CT000004', 'c-martin', 'Jorge Martín Sanz', '23456789D', 'ES1000492352082414205416', '2026-06-01'),
  signed('k-lopez', 'CT000005', 'c-lopez', 'Lucía López Vidal', '34567890V', 'ES7620770024003102575766', '2026-03-01'),
  signed('k-sur-1', 'CT000006', 'c-sur-1', 'Pedro Sánchez Mora', '45678901G', 'ES7620770024003102575766', '2026-08-01'),
  draft('k-sur-2', 'CT000007', 'c-sur-2'),
  signed('k-conecta-1', 'CT000008', 'c-conecta-1', 'Elena Torres Gil', '56789012B', 'ES0700120345030000067890', '2026-07-15'),
  draft('k-conecta-2', 'CT000009', 'c-conecta-2'),
];

export interface DemoSubscription {
  id: string; contractId: string; billingStartDate: string | null;
  states: [SubscriptionState, string][];
  tariffs: [string, string][];
}

export const subscriptions: DemoSubscription[] = [
  // Worked examples 2/3: active on A, migrated to B effective 2026-11-16.
  { id: 's-garcia', contractId: 'k-garcia', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-09-20'], ['ACTIVE', '2026-10-01']], tariffs: [['t-a', '2026-09-20'], ['t-b', '2026-11-16']] },
  { id: 's-ruiz', contractId: 'k-ruiz', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-11-02']], tariffs: [['t-a', '2026-11-02']] },
  { id: 's-interno', contractId: 'k-interno', billingStartDate: null, states: [['ACTIVE_NON_BILLABLE', '2026-01-10']], tariffs: [['t-b', '2026-01-10']] },
  { id: 's-martin', contractId: 'k-martin', billingStartDate: null, states: [['ACTIVE', '2026-06-01']], tariffs: [['t-b', '2026-06-01']] },
  { id: 's-martin-2', contractId: 'k-martin', billingStartDate: null, states: [['ACTIVE', '2026-06-01'], ['SUSPENDED', '2026-11-05']], tariffs: [['t-radio', '2026-06-01']] },
  { id: 's-lopez', contractId: 'k-lopez', billingStartDate: null, states: [['ACTIVE', '2026-03-01'], ['CANCELLED', '2026-10-31']], tariffs: [['t-a', '2026-03-01']] },
  { id: 's-lopez-2', contractId: 'k-lopez', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-03-01'], ['REJECTED', '2026-03-05']], tariffs: [['t-radio', '2026-03-01']] },
  // Imported from another provider: billed there until 2026-08-31.
  { id: 's-sur-1', contractId: 'k-sur-1', billingStartDate: '2026-09-01', states: [['ACTIVE', '2026-08-01']], tariffs: [['t-a', '2026-08-01']] },
  { id: 's-sur-2', contractId: 'k-sur-2', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-11-10']], tariffs: [['t-b', '2026-11-10']] },
  { id: 's-conecta-1', contractId: 'k-conecta-1', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-07-15'], ['ACTIVE', '2026-11-10']], tariffs: [['t-a', '2026-07-15']] },
  { id: 's-conecta-2', contractId: 'k-conecta-2', billingStartDate: null, states: [['PENDING_ACTIVATION', '2026-11-12']], tariffs: [['t-radio', '2026-11-12']] },
];

export const bonuses: Row<BonusEntity>[] = [
  { id: 'b-martin-welcome', subscriptionId: 's-martin', kind: 'PERCENT', percent: 50, amountCents: null, description: 'Bienvenida: 50 % tres meses', validFrom: '2026-06-01', validTo: '2026-08-31' },
  { id: 'b-martin-loyalty', subscriptionId: 's-martin', kind: 'FIXED', percent: null, amountCents: 500, description: 'Fidelidad: 5,00 € al mes', validFrom: '2026-09-01', validTo: null },
  { id: 'b-sur-1', subscriptionId: 's-sur-1', kind: 'PERCENT', percent: 10, amountCents: null, description: 'Descuento partner 10 %', validFrom: '2026-09-01', validTo: null },
];

export const additionalAmounts: Row<AdditionalAmountEntity>[] = [
  { id: 'a-martin-router', subscriptionId: 's-martin', description: 'Instalación y router', amountCents: 4900, vatRate: 0.21, kind: 'ONE_OFF', date: '2026-06-01', validFrom: null, validTo: null },
  { id: 'a-martin-ip', subscriptionId: 's-martin', description: 'IP fija', amountCents: 300, vatRate: 0.21, kind: 'MONTHLY', date: null, validFrom: '2026-07-01', validTo: null },
  { id: 'a-conecta-1', subscriptionId: 's-conecta-1', description: 'Alta del servicio', amountCents: 2500, vatRate: 0.21, kind: 'ONE_OFF', date: '2026-11-10', validFrom: null, validTo: null },
];
