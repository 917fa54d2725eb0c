// An issued invoice is immutable: its lines with what each charges and why, the VAT breakdown, the
// account it is charged to and why, its credit notes; only the payment status changes here, and a credit note
// (CreditNoteDialog) is offered while the API says something is creditable.
import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { BillingAccountExplanation, DataTable, DateOnly, ExplanationPanel, Money, StateBadge } from '@antena/ui';
import { formatVatRate } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { InvoiceTable } from '../../components/InvoiceTable';
import { InvoicePageDocument } from './invoice.operations';
import { PaymentStatusActions } from './PaymentStatusActions';
import { PdfButton } from './PdfButton';
import { PageTitle } from '../../components/PageTitle';
import { VerifactuPanel } from './VerifactuPanel';
import { CreditNoteDialog } from './CreditNoteDialog';

export function InvoicePage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(InvoicePageDocument, { variables: { id } });

  return (
    <QueryState data={data?.invoice} loading={loading} error={error} onRetry={() => void refetch()}>
      {(invoice) => (
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Group gap="sm">
                <PageTitle>{t('invoice.title', { number: invoice.number })}</PageTitle>
                <StateBadge state={invoice.status} size="lg" />
              </Group>
              <Text>
                {t(`invoices.kind.${invoice.kind}`)} · {t('invoices.issueDate')}: <DateOnly value={invoice.issueDate} /> · {t('invoices.period')}: <DateOnly value={invoice.periodStart} /> – <DateOnly value={invoice.periodEnd} />
              </Text>
              <Text>
                {t('invoices.client')}: <Anchor component={Link} to={`/clients/${invoice.client.id}`}>{invoice.client.name}</Anchor>
                {' · '}{t('invoice.contract')}: <Anchor component={Link} to={`/contracts/${invoice.contract.id}`}>{invoice.contract.number}</Anchor>
              </Text>
              {invoice.rectifies && (
                <Text>{t('invoice.rectifies')}: <Anchor component={Link} to={`/invoices/${invoice.rectifies.id}`}>{invoice.rectifies.number}</Anchor></Text>
              )}
              {invoice.rectificationType && <Text data-testid="rectification-type">{t('creditNote.type')}: {t(`creditNote.type.${invoice.rectificationType}`)}</Text>}
              {invoice.creditReason && <Text data-testid="credit-reason">{t('creditNote.reason')}: {invoice.creditReason}</Text>}
            </Stack>
            <Group>
              {invoice.availableActions.some((a) => a.action === 'CREATE_CREDIT_NOTE' && a.available) && <CreditNoteDialog invoice={invoice} />}
              <PdfButton url={invoice.pdfUrl} fileName={`${invoice.number}.pdf`} />
            </Group>
          </Group>
          <PaymentStatusActions invoiceId={invoice.id} actions={invoice.availableActions} />
          <VerifactuPanel invoice={invoice} number={invoice.number} />
          <BillingAccountExplanation account={invoice.billingAccount} />
          {invoice.status === 'RETURNED' && invoice.sepaDebits.filter((d) => d.returnReason).slice(0, 1).map((d) => (
            <ExplanationPanel key={d.endToEndId} tone="refusal" title={t('invoice.sepaReturned', { code: d.returnReasonCode ?? '', date: d.returnedOn ?? '' })}>
              <Text size="sm" data-testid="sepa-return">{d.returnReason!.message}</Text>
              <Text size="sm" c="dimmed">{d.returnReason!.remedy}</Text>
            </ExplanationPanel>
          ))}
          <Title order={2} size="h4">{t('invoice.lines')}</Title>
          <DataTable
            rows={invoice.lines}
            rowKey={(line) => line.id}
            columns={[
              { key: 'description', header: t('invoice.concept'), render: (line) => <Text size="sm">{line.description}</Text> },
              { key: 'vat', header: t('common.vatRate'), align: 'right', render: (line) => formatVatRate(line.vatRate, language) },
              { key: 'amount', header: t('invoice.amount'), align: 'right', render: (line) => <Money cents={line.amountCents} signed /> },
            ]}
          />
          <Card withBorder maw={520} ml="auto" w="100%">
            <Title order={3} size="h5" mb="xs">{t('invoice.vat')}</Title>
            <Table.ScrollContainer minWidth={320} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}><Table>
              <Table.Thead>
                <Table.Tr><Table.Th>{t('common.vatRate')}</Table.Th><Table.Th ta="right">{t('common.base')}</Table.Th><Table.Th ta="right">{t('common.tax')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.vatBreakdown.map((group) => (
                  <Table.Tr key={group.vatRate}>
                    <Table.Td>{formatVatRate(group.vatRate, language)}</Table.Td>
                    <Table.Td ta="right"><Money cents={group.baseCents} /></Table.Td>
                    <Table.Td ta="right"><Money cents={group.taxCents} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr><Table.Th>{t('common.base')}</Table.Th><Table.Td /><Table.Td ta="right"><Money cents={invoice.baseCents} /></Table.Td></Table.Tr>
                <Table.Tr><Table.Th>{t('common.tax')}</Table.Th><Table.Td /><Table.Td ta="right"><Money cents={invoice.taxCents} /></Table.Td></Table.Tr>
                <Table.Tr><Table.Th>{t('common.total')}</Table.Th><Table.Td /><Table.Td ta="right" fw={700} data-testid="invoice-total"><Money cents={invoice.totalCents} /></Table.Td></Table.Tr>
              </Table.Tfoot>
            </Table></Table.ScrollContainer>
          </Card>
          {invoice.kind === 'INVOICE' && (
            <>
              <Title order={2} size="h4">{t('invoice.creditNotes')}</Title>
              <InvoiceTable invoices={invoice.creditNotes} loading={false} showClient={false} emptyLabel={t('invoice.noCreditNotes')} />
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
