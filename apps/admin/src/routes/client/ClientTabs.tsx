// The invoice and audit tabs fetch their own data when shown.
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { InvoiceTable } from '../../components/InvoiceTable';
import { ClientAuditDocument, ClientInvoicesDocument } from './client.operations';
import { AuditTrail } from './AuditTrail';

export function ClientInvoices({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ClientInvoicesDocument, { variables: { clientId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <InvoiceTable invoices={data?.invoices.nodes} loading={loading} showClient={false} emptyLabel={t('client.noInvoices')} />;
}

export function ClientAudit({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(ClientAuditDocument, { variables: { id: clientId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <AuditTrail entries={data?.client.auditTrail.nodes ?? []} loading={loading} />;
}
