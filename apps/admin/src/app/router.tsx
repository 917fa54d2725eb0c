import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { SignInPage } from '../routes/signin/SignInPage';
import { DashboardPage } from '../routes/dashboard/DashboardPage';
import { ClientsPage } from '../routes/clients/ClientsPage';
import { ClientPage } from '../routes/client/ClientPage';
import { ContractPage } from '../routes/contract/ContractPage';
import { SubscriptionPage } from '../routes/subscription/SubscriptionPage';
import { TariffsPage } from '../routes/tariffs/TariffsPage';
import { SettingsPage } from '../routes/settings/SettingsPage';
import { BillingPage } from '../routes/billing/BillingPage';
import { InvoicesPage } from '../routes/invoices/InvoicesPage';
import { InvoicePage } from '../routes/invoice/InvoicePage';
import { PartnersPage } from '../routes/partners/PartnersPage';

export const router = createBrowserRouter([
  { path: '/signin', element: <SignInPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'clients', element: <ClientsPage /> },
      { path: 'clients/:id', element: <ClientPage /> },
      { path: 'contracts/:id', element: <ContractPage /> },
      { path: 'subscriptions/:id', element: <SubscriptionPage /> },
      { path: 'tariffs', element: <TariffsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'billing', element: <BillingPage /> },
      { path: 'invoices', element: <InvoicesPage /> },
      { path: 'invoices/:id', element: <InvoicePage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
