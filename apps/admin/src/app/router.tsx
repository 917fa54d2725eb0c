// Pages load on demand (the charts library, for one, only with the dashboard).
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { SignInPage } from '../routes/signin/SignInPage';

export const router = createBrowserRouter([
  { path: '/signin', element: <SignInPage /> },
  {
    element: <Layout />,
    HydrateFallback: () => null,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../routes/dashboard/DashboardPage')).DashboardPage }) },
      { path: 'clients', lazy: async () => ({ Component: (await import('../routes/clients/ClientsPage')).ClientsPage }) },
      { path: 'clients/:id', lazy: async () => ({ Component: (await import('../routes/client/ClientPage')).ClientPage }) },
      { path: 'contracts/:id', lazy: async () => ({ Component: (await import('../routes/contract/ContractPage')).ContractPage }) },
      { path: 'subscriptions/:id', lazy: async () => ({ Component: (await import('../routes/subscription/SubscriptionPage')).SubscriptionPage }) },
      { path: 'tariffs', lazy: async () => ({ Component: (await import('../routes/tariffs/TariffsPage')).TariffsPage }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('../routes/settings/SettingsPage')).SettingsPage }) },
      { path: 'settings/sepa', lazy: async () => ({ Component: (await import('../routes/settings/SepaSettingsPage')).SepaSettingsPage }) },
      { path: 'remittances', lazy: async () => ({ Component: (await import('../routes/remittances/RemittancesPage')).RemittancesPage }) },
      { path: 'billing', lazy: async () => ({ Component: (await import('../routes/billing/BillingPage')).BillingPage }) },
      { path: 'invoices', lazy: async () => ({ Component: (await import('../routes/invoices/InvoicesPage')).InvoicesPage }) },
      { path: 'invoices/:id', lazy: async () => ({ Component: (await import('../routes/invoice/InvoicePage')).InvoicePage }) },
      { path: 'verifactu/rejected', lazy: async () => ({ Component: (await import('../routes/verifactu/RejectedRecordsPage')).RejectedRecordsPage }) },
      { path: 'partners', lazy: async () => ({ Component: (await import('../routes/partners/PartnersPage')).PartnersPage }) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
