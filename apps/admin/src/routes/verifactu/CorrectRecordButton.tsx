// "Generar subsanación" (docs/verifactu.md, "Corrections"): shown only when the record's availableActions offer
// CORRECT (no rule is re-derived here), confirmed in a dialog that says what will be written; a refusal comes back
// as a result with its message and remedy and is shown beside the button.
import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog, ExplanationPanel } from '@antena/ui';
import type { VerifactuRecordActionsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { CorrectRecordDocument } from './verifactu.operations';

export function CorrectRecordButton({ record, refetch }: { record: VerifactuRecordActionsFragment; refetch: string[] }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; remedy: string } | null>(null);
  const { run } = useSubmit(null);
  const [correct, correcting] = useMutation(CorrectRecordDocument, { refetchQueries: refetch, awaitRefetchQueries: true });
  const offered = record.availableActions.some((a) => a.action === 'CORRECT' && a.available);
  // A refusal stays in view after the record's actions are read again (they no longer offer CORRECT).
  if (!offered && !refusal) return null;

  const confirm = async () => {
    setConfirming(false);
    setRefusal(null);
    const answer = await run(() => correct({ variables: { id: record.id } }));
    const result = answer?.data?.correctVerifactuRecord;
    if (!result) return;
    if (result.corrected && result.correction) notifySuccess(t('verifactu.corrected', { position: result.correction.position }));
    else if (result.refusal) setRefusal(result.refusal);
  };

  return (
    <Stack gap={4} align="flex-start">
      {offered && <Button size="xs" variant="light" loading={correcting.loading} onClick={() => { setRefusal(null); setConfirming(true); }}>{t('verifactu.correct')}</Button>}
      {refusal && <ExplanationPanel tone="refusal" title={refusal.message}><Text size="sm">{refusal.remedy}</Text></ExplanationPanel>}
      <ConfirmDialog opened={confirming} busy={correcting.loading} title={t('verifactu.correctTitle', { number: record.number })} confirmLabel={t('verifactu.correct')}
        onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        {t('verifactu.correctText')}
      </ConfirmDialog>
    </Stack>
  );
}
