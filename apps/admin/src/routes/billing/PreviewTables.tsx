// What a run would create, contract by contract, and every contract it would leave out with why.
import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { DataTable, DateOnly, Money } from '@antena/ui';
import { formatIban } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import type { BillingPreviewFieldsFragment } from '../../gql/graphql';

type Preview = BillingPreviewFieldsFragment;

export function PreviewTables({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">{t('billing.totals')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Figure label={t('billing.invoiceCount')} testId="preview-count">{preview.invoiceCount}</Figure>
          <Figure label={t('common.base')}><Money cents={preview.baseCents} /></Figure>
          <Figure label={t('common.tax')}><Money cents={preview.taxCents} /></Figure>
          <Figure label={t('common.total')} testId="preview-total"><Money cents={preview.totalCents} /></Figure>
          <Figure label={t('invoices.issueDate')}><DateOnly value={preview.issueDate} /></Figure>
        </SimpleGrid>
      </Card>
      <DataTable
        caption={t('billing.previewTitle')}
        rows={preview.invoices}
        rowKey={(row) => row.contractId}
        emptyLabel={t('billing.nothing')}
        columns={[
          { key: 'contract', header: t('billing.contract'), render: (row) => <Anchor component={Link} to={`/contracts/${row.contractId}`}>{row.contractNumber}</Anchor> },
          {
            key: 'lines', header: t('billing.lines'),
            render: (row) => (
              <List size="xs" spacing={2}>
                {row.lines.map((line) => (
                  <List.Item key={line.id}>
                    <Group gap="xs" wrap="nowrap" justify="space-between"><span>{line.description}</span><Money cents={line.amountCents} signed /></Group>
                  </List.Item>
                ))}
              </List>
            ),
          },
          { key: 'account', header: t('billing.account'), render: (row) => <Text size="xs" ff="monospace" title={row.billingAccount.explanation}>{row.billingAccount.iban ? formatIban(row.billingAccount.iban) : '—'}</Text> },
          { key: 'base', header: t('common.base'), align: 'right', render: (row) => <Money cents={row.baseCents} /> },
          { key: 'tax', header: t('common.tax'), align: 'right', render: (row) => <Money cents={row.taxCents} /> },
          { key: 'total', header: t('common.total'), align: 'right', render: (row) => <Money cents={row.totalCents} fw={600} /> },
        ]}
      />
      <Title order={2} size="h4">{t('billing.skipped')} ({preview.skippedCount})</Title>
      <DataTable
        rows={preview.skipped}
        rowKey={(row) => row.contractId}
        emptyLabel={t('billing.skippedEmpty')}
        columns={[
          { key: 'contract', header: t('billing.contract'), render: (row) => <Anchor component={Link} to={`/contracts/${row.contractId}`}>{row.contractNumber}</Anchor> },
          { key: 'reason', header: t('billing.reason'), render: (row) => <Stack gap={0}><Text size="sm">{row.message}</Text><Text size="xs" c="dimmed">{row.remedy}</Text></Stack> },
        ]}
      />
    </Stack>
  );
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz="lg" data-testid={testId}>{children}</Text>
    </Stack>
  );
}
