// What run.mjs hands to the tests: the API's URL (which also serves the SPA) and the admin credentials.
export const baseUrl = process.env.ANTENA_E2E_URL ?? 'http://127.0.0.1:4000';
export const admin = {
  email: process.env.ANTENA_E2E_EMAIL ?? 'admin@antena.test',
  password: process.env.ANTENA_E2E_PASSWORD ?? 'e2e-admin-password-1',
};
