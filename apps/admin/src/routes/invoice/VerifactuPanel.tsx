// The invoice's VeriFactu record (docs/verifactu.md): its status with the agency, hash and QR content, the
// agency's reason and what to do when it was not simply accepted, its subsanación when the record's
// availableActions offer one, and voidInvoice (an anulación record).
import { Anchor, Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog, ExplanationPanel } from '@antena/ui';
import type { InvoiceVerifactuFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { VoidInvoiceDocument } from '../verifactu/verifactu.operations';
import { CorrectRecordButton } from '../verifactu/CorrectRecordButton';

const COLORS: Record<string, string> = { PENDING: 'blue', ACCEPTED: 'green', ACCEPTED_WITH_ERRORS: 'yellow', REJECTED: 'red', NOT_SENT: 'gray' };

export function VerifactuPanel(props: { invoice: InvoiceVerifactuFieldsFragment; number: string }) {
  const { invoice } = props;
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { run, problem, remedy, clearProblem } = useSubmit(null);
  const [voidInvoice, voiding] = useMutation(VoidInvoiceDocument);
  const vf = invoice.verifactu;
  if (!vf) return null;
  const troubled = vf.records.filter((r) => r.remedy);

  const confirm = async () => {
    setConfirming(false);
    if (await run(() => voidInvoice({ variables: { id: invoice.id } }))) notifySuccess(t('verifactu.voided'));
  };

  return (
    <Card withBorder data-testid="verifactu-panel">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={5}>{t('verifactu.title')}</Title>
            <Badge color={COLORS[vf.status] ?? 'gray'}>{t(`verifactu.status.${vf.status}`)}</Badge>
            {vf.voided && <Badge color="dark">{t('verifactu.void')}</Badge>}
          </Group>
          {!vf.voided && (
            <Button size="xs" color="red" variant="light" loading={voiding.loading} onClick={() => { clearProblem(); setConfirming(true); }}>{t('verifactu.voidAction')}</Button>
          )}
        </Group>
        <Text size="sm">{t('verifactu.hash')}: <Code>{vf.hash}</Code></Text>
        <Text size="sm">{t('verifactu.qr')}: <Anchor href={vf.qrUrl} target="_blank" rel="noreferrer" size="sm">{vf.qrUrl}</Anchor></Text>
        {troubled.map((r) => (
          <ExplanationPanel key={r.id} tone={r.status === 'REJECTED' ? 'refusal' : 'warning'} title={`${t(`verifactu.kind.${r.kind}`)}: ${t(`verifactu.status.${r.status}`)} (${r.errorCode ?? ''})`}>
            {r.correctedBy
              ? <Text size="sm">{t('verifactu.correctedBy', { position: r.correctedBy.position })}</Text>
              : (
                <Stack gap="xs">
                  <Text size="sm">{r.remedy}</Text>
                  <CorrectRecordButton record={r} refetch={['InvoicePage']} />
                </Stack>
              )}
          </ExplanationPanel>
        ))}
        {vf.records.filter((r) => r.subsanacion).map((r) => (
          <Text key={r.id} component="div" size="sm" data-testid="verifactu-correction">
            <Badge color="violet" variant="light" mr="xs">{t('verifactu.subsanacion')}</Badge>
            {t('verifactu.kind.ALTA')} {r.position}: {t(`verifactu.status.${r.status}`)}
          </Text>
        ))}
        {problem && (
          <ExplanationPanel tone="refusal" title={problem}>{remedy && <Text size="sm">{remedy}</Text>}</ExplanationPanel>
        )}
      </Stack>
      <ConfirmDialog opened={confirming} danger busy={voiding.loading} title={t('verifactu.voidTitle', { number: props.number })} confirmLabel={t('verifactu.voidAction')}
        onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        {t('verifactu.voidText')}
      </ConfirmDialog>
    </Card>
  );
}
