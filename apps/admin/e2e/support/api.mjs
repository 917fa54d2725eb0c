// Test data through the real GraphQL API, as an admin: each scenario builds what it needs with
// unique names instead of depending on the demo seed.
import { baseUrl, admin } from './env.mjs';

let token = null;

export async function gql(query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signInApi() {
  const data = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: admin.email, p: admin.password });
  token = data.login.token;
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`.toUpperCase();

// DNI check letters: the number mod 23 indexes this table (validated by the server).
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function randomDni() {
  const number = Math.floor(10_000_000 + Math.random() * 89_999_999);
  return `${number}${LETTERS[number % 23]}`;
}

export async function createClient(name, extra = {}) {
  const data = await gql('mutation($input: CreateClientInput!) { createClient(input: $input) { id code name taxId } }', {
    input: { kind: 'PERSON', name, taxId: randomDni(), email: `${unique().toLowerCase()}@example.test`, ...extra },
  });
  return data.createClient;
}

export async function createTariff(priceCents) {
  const code = `E2E-${unique()}`;
  const data = await gql('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id code name } }', {
    input: { code, name: `Fibra e2e ${code}`, priceCents },
  });
  return data.createTariff;
}

export async function createContract(clientId) {
  const data = await gql('mutation($input: CreateContractInput!) { createContract(input: $input) { id number version } }', { input: { clientId } });
  return data.createContract;
}

export async function signContract(contract, iban, signerName, signerTaxId) {
  const data = await gql('mutation($input: SignContractInput!) { signContract(input: $input) { id version } }', {
    input: { id: contract.id, version: contract.version, signedAt: '2026-01-15', signerName, signerTaxId, iban, mandateReference: `E2E-${unique()}` },
  });
  return data.signContract;
}

export async function createSubscription(input) {
  const data = await gql('mutation($input: CreateServiceSubscriptionInput!) { createServiceSubscription(input: $input) { id } }', { input });
  return data.createServiceSubscription;
}

/** Queues a billing run (runs are jobs: docs/jobs.md) and waits until it ends; the finished run. */
export async function runBilling(period) {
  const { runBilling: queued } = await gql('mutation($p: String!) { runBilling(period: $p) { id status } }', { p: period });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { billingRun } = await gql('query($id: ID!) { billingRun(id: $id) { id status invoiceCount } }', { id: queued.id });
    if (billingRun.status === 'COMPLETED' || billingRun.status === 'FAILED') return billingRun;
    if (Date.now() > deadline) throw new Error(`billing run ${queued.id} for ${period} did not end`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
