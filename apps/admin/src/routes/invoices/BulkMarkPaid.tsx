// Bulk "mark paid" over the ticked invoices: the API applies what the domain allows (each invoice's
// MARK_PAID action) and answers every refusal with its reason, shown here with a link to the invoice.
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { notifyFailure } from '../../components/notify';
import { MarkInvoicesPaidDocument } from './invoices.operations';
import type { MarkInvoicesPaidMutation } from '../../gql/graphql';

type Result = MarkInvoicesPaidMutation['markInvoicesPaid'];

export function BulkMarkPaid({ selected, onDone }: { selected: ReadonlySet<string>; onDone: () => void }) {
  const { t } = useI18n();
  const [mark, { loading }] = useMutation(MarkInvoicesPaidDocument);
  const [result, setResult] = useState<Result | null>(null);
  const run = async () => {
    try {
      const { data } = await mark({ variables: { ids: [...selected] } });
      setResult(data?.markInvoicesPaid ?? null);
      onDone();
    } catch (error) {
      notifyFailure(t('common.error'), error instanceof Error ? error.message : '');
    }
  };
  const refused = result?.filter((r) => !r.paid) ?? [];
  const paid = result ? result.length - refused.length : 0;
  return (
    <>
      <Group>
        <Button leftSection={<IconCash size={16} />} disabled={selected.size === 0} loading={loading} onClick={() => void run()}>
          {t('invoices.markPaidSelected', { count: selected.size })}
        </Button>
      </Group>
      {result && (
        <Alert color={refused.length ? 'yellow' : 'green'} title={t('invoices.markPaidResult', { paid, refused: refused.length })} withCloseButton
          closeButtonLabel={t('common.close')} onClose={() => setResult(null)} role="status">
          {refused.length > 0 && (
            <List size="sm" spacing="xs">
              {refused.map((r) => (
                <List.Item key={r.invoice.id}>
                  <Anchor component={Link} to={`/invoices/${r.invoice.id}`} ff="monospace">{r.invoice.number}</Anchor>
                  {': '}{r.refusal?.message} <Text span c="dimmed" size="sm">{r.refusal?.remedy}</Text>
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </>
  );
}
