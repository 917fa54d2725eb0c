// Payment status is the only thing that changes on an issued invoice: paid, or returned
// by the bank (pending again, and a deletion blocker as pending).
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';

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

export interface InvoiceActionItem { action: string; available: boolean }

/** Shows exactly the actions the API says are available (Invoice.availableActions): no rule is re-derived here. */
export function PaymentStatusActions({ invoiceId, actions }: { invoiceId: string; actions: readonly InvoiceActionItem[] }) {
  const { t } = useI18n();
  const { run } = useSubmit(null);
  const [markPaid, paid] = useMutation(MarkInvoicePaidDocument, { refetchQueries: ['InvoicePage'] });
  const [markReturned, returned] = useMutation(MarkInvoiceReturnedDocument, { refetchQueries: ['InvoicePage'] });
  const can = (action: string) => actions.some((a) => a.action === action && a.available);
  if (!can('MARK_PAID') && !can('MARK_RETURNED')) return null;

  const act = async (action: () => Promise<unknown>) => {
    if (await run(action)) notifySuccess(t('invoice.statusChanged'));
  };

  return (
    <Group>
      {can('MARK_PAID') && (
        <Button color="green" variant="light" loading={paid.loading} onClick={() => void act(() => markPaid({ variables: { id: invoiceId } }))}>{t('invoice.markPaid')}</Button>
      )}
      {can('MARK_RETURNED') && (
        <Button color="red" variant="light" loading={returned.loading} onClick={() => void act(() => markReturned({ variables: { id: invoiceId } }))}>{t('invoice.markReturned')}</Button>
      )}
    </Group>
  );
}
