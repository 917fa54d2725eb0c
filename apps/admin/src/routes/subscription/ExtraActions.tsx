// Removing a bonus or an additional amount: "Delete" while the API's deletion check allows it, otherwise
// "End" with the blocker's reason — the rule (docs/rules.md §2) is the API's; this only shows its answer.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog, DateOnly, ExplanationPanel, DateField } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifyFailure, notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { describeError } from '../../apollo/errors';
import type { DeletionCheckFieldsFragment } from '../../gql/graphql';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export const DeleteBonusDocument = graphql(`
  mutation DeleteBonus($id: ID!, $version: Int!) {
    deleteBonus(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }
  }
`);
export const EndBonusDocument = graphql(`
  mutation EndBonus($id: ID!, $version: Int!, $validTo: String!) {
    endBonus(id: $id, version: $version, validTo: $validTo) { id validTo version }
  }
`);
const DeleteAdditionalAmountDocument = graphql(`
  mutation DeleteAdditionalAmount($id: ID!, $version: Int!) {
    deleteAdditionalAmount(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }
  }
`);
const EndAdditionalAmountDocument = graphql(`
  mutation EndAdditionalAmount($id: ID!, $version: Int!, $validTo: String!) {
    endAdditionalAmount(id: $id, version: $version, validTo: $validTo) { id validTo version }
  }
`);

export interface ExtraRow {
  id: string;
  version: number;
  invoicedThrough?: string | null;
  deletion: DeletionCheckFieldsFragment;
}

type Kind = 'bonus' | 'additional';
const refetchQueries = ['SubscriptionPage'];

export function ExtraActions({ kind, row, label }: { kind: Kind; row: ExtraRow; label: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [deleteBonus, bonusDeletion] = useMutation(DeleteBonusDocument, { refetchQueries, awaitRefetchQueries: true });
  const [deleteAmount, amountDeletion] = useMutation(DeleteAdditionalAmountDocument, { refetchQueries, awaitRefetchQueries: true });
  const busy = bonusDeletion.loading || amountDeletion.loading;
  const blocker = row.deletion.blockers[0] ?? null;

  const remove = async () => {
    try {
      const variables = { id: row.id, version: row.version };
      const result = kind === 'bonus'
        ? (await deleteBonus({ variables })).data?.deleteBonus
        : (await deleteAmount({ variables })).data?.deleteAdditionalAmount;
      if (result?.deleted) notifySuccess(t(kind === 'bonus' ? 'subscription.bonusDeleted' : 'subscription.additionalDeleted'));
      else if (result) notifyFailure(result.deletion.blockers[0]?.message ?? t('common.error'), result.deletion.blockers[0]?.remedy ?? '');
    } catch (error) {
      notifyFailure(t('common.error'), describeError(error, t('common.error')).message);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {row.deletion.allowed ? (
        <Button size="xs" color="red" variant="light" onClick={() => setConfirming(true)} aria-label={`${t('common.delete')} ${label}`}>
          {t('common.delete')}
        </Button>
      ) : (
        <Button size="xs" variant="light" onClick={() => setEnding(true)} title={blocker?.remedy} aria-label={`${t('subscription.end')} ${label}`}>
          {t('subscription.end')}
        </Button>
      )}
      <ConfirmDialog opened={confirming} danger busy={busy} title={t('subscription.deleteExtraTitle', { what: label })}
        confirmLabel={t('common.delete')} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        {t(kind === 'bonus' ? 'subscription.deleteBonusText' : 'subscription.deleteAdditionalText')}
      </ConfirmDialog>
      {ending && <EndExtraModal kind={kind} row={row} label={label} onClose={() => setEnding(false)} />}
    </Group>
  );
}

function EndExtraModal({ kind, row, label, onClose }: { kind: Kind; row: ExtraRow; label: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm({ initialValues: { validTo: row.invoicedThrough ?? '' }, validate: { validTo: v.date } });
  const { run, problem, remedy } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [endBonus, bonusEnd] = useMutation(EndBonusDocument, { refetchQueries, awaitRefetchQueries: true });
  const [endAmount, amountEnd] = useMutation(EndAdditionalAmountDocument, { refetchQueries, awaitRefetchQueries: true });
  const blocker = row.deletion.blockers[0] ?? null;

  const submit = form.onSubmit(async ({ validTo }) => {
    const variables = { id: row.id, version: row.version, validTo: validTo.trim() };
    const result = await run(async () => (kind === 'bonus' ? (await endBonus({ variables })).data?.endBonus : (await endAmount({ variables })).data?.endAdditionalAmount));
    if (result) {
      notifySuccess(t('subscription.extraEnded'));
      onClose();
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('subscription.endExtraTitle', { what: label })} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {blocker && (
            <ExplanationPanel tone="info" title={blocker.message}>{blocker.remedy}</ExplanationPanel>
          )}
          {row.invoicedThrough && (
            <Text size="sm">{t('subscription.invoicedThrough')} <DateOnly value={row.invoicedThrough} /></Text>
          )}
          <Text size="sm">{t('subscription.endExtraText')}</Text>
          <DateField label={t('subscription.lastDay')} {...form.getInputProps('validTo')} />
          {problem && <ExplanationPanel tone="refusal" title={problem}>{remedy}</ExplanationPanel>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={bonusEnd.loading || amountEnd.loading}>{t('subscription.end')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
