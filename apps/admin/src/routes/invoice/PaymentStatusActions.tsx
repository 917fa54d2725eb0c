// Payment status is the only thing that changes on an issued invoice (issue 4): paid, or returned
// by the bank (pending again, and a deletion blocker as pending).
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import type { InvoiceStatus } from '../../gql/graphql';

const MarkInvoicePaidDocument = graphql(`
  mutation MarkInvoicePaid($id: ID!) {
    markInvoicePaid(id: $id) {
      id
      status
    }
  }
`);

const MarkInvoiceReturnedDocument = graphql(`
  mutation MarkInvoiceReturned($id: ID!) {
    markInvoiceReturned(id: $id) {
      id
      status
    }
  }
`);

export function PaymentStatusActions({ invoiceId, status, kind }: { invoiceId: string; status: InvoiceStatus; kind: string }) {
  const { t } = useI18n();
  const { run } = useSubmit(null);
  const [markPaid, paid] = useMutation(MarkInvoicePaidDocument, { refetchQueries: ['InvoicePage'] });
  const [markReturned, returned] = useMutation(MarkInvoiceReturnedDocument, { refetchQueries: ['InvoicePage'] });
  if (kind !== 'INVOICE') return null;

  const act = async (action: () => Promise<unknown>) => {
    if (await run(action)) notifySuccess(t('invoice.statusChanged'));
  };

  return (
    <Group>
      {status !== 'PAID' && (
        <Button color="green" variant="light" loading={paid.loading} onClick={() => void act(() => markPaid({ variables: { id: invoiceId } }))}>{t('invoice.markPaid')}</Button>
      )}
      {status !== 'RETURNED' && (
        <Button color="red" variant="light" loading={returned.loading} onClick={() => void act(() => markReturned({ variables: { id: invoiceId } }))}>{t('invoice.markReturned')}</Button>
      )}
    </Group>
  );
}
