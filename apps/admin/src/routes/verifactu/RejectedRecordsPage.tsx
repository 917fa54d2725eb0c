// Records the tax agency rejected and nothing has corrected yet, 50 a page in chain order with their total
// (docs/verifactu.md, "Sending", "Corrections"): which document, the agency's code and reason, what to do, and the
// record's available actions: generating its subsanación, or sending it again as it is (marked RechazoPrevio) once
// the cause is fixed. A record dealt with leaves the list, so after an action the page is read again from where it starts.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { CorrectRecordButton } from './CorrectRecordButton';
import { RejectedRecordsDocument, ResendRecordDocument } from './verifactu.operations';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, useCursorPages } from '../../components/CursorPager';

const PAGE_SIZE = 50;

export function RejectedRecordsPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(RejectedRecordsDocument, { variables: { first: PAGE_SIZE, after: pages.after } });
  const [resend] = useMutation(ResendRecordDocument, { refetchQueries: ['RejectedRecords'] });
  const { run } = useSubmit(null);
  const again = async (id: string) => {
    if (await run(() => resend({ variables: { id } }))) notifySuccess(t('verifactu.resent'));
  };
  return (
    <Stack>
      <PageTitle>{t('verifactu.rejectedTitle')}</PageTitle>
      <Text>{t('verifactu.rejectedIntro')}</Text>
      <QueryState data={data?.verifactuRecordPage} loading={loading} error={error} onRetry={() => void refetch()}>
        {(page) => (
          <>
            {page.totalCount > 0 && <Text size="sm" c="dimmed">{t('verifactu.rejectedCount', { count: page.totalCount })}</Text>}
            <DataTable
              rows={page.nodes}
              rowKey={(r) => r.id}
              emptyLabel={t('verifactu.noRejected')}
              columns={[
                { key: 'number', header: t('verifactu.document'), render: (r) => <Anchor component={Link} to={`/invoices/${r.invoiceId}`}>{r.number}</Anchor> },
                { key: 'kind', header: t('verifactu.recordKind'), render: (r) => t(`verifactu.kind.${r.kind}`) },
                { key: 'reason', header: t('verifactu.reason'), render: (r) => <Text size="sm"><b>{r.errorCode}</b> {r.errorMessage}</Text> },
                { key: 'remedy', header: t('verifactu.whatToDo'), render: (r) => <Text size="sm">{r.remedy}</Text> },
                {
                  key: 'actions', header: '', render: (r) => (
                    <Group gap="xs" align="flex-start">
                      <CorrectRecordButton record={r} refetch={['RejectedRecords']} />
                      {r.availableActions.some((a) => a.action === 'RESEND' && a.available)
                        && <Button size="xs" variant="default" onClick={() => void again(r.id)}>{t('verifactu.resend')}</Button>}
                    </Group>
                  ),
                },
              ]}
            />
            {(pages.hasPrevious || page.pageInfo.hasNextPage) && <CursorPager pages={pages} pageInfo={page.pageInfo} />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
