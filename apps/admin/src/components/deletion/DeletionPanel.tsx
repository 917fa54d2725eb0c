// Rule 2 in the UI: the delete button first shows whether deletion is possible and, if not, each
// blocker with its remedy and a link to the entity to fix; only an allowed deletion is confirmed
// and sent. A refusal at write time (the data changed meanwhile) shows the fresh blockers.
import { Button, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useState } from 'react';
import { BlockerList, ConfirmDialog, ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { linkFor } from '../../routes/links';
import { describeError } from '../../apollo/errors';
import { notifyFailure, notifySuccess } from '../notify';
import type { DeletionCheckFieldsFragment } from '../../gql/graphql';

export interface DeletionResult { deleted: boolean; deletion: DeletionCheckFieldsFragment }

export function DeletionPanel({ check, buttonLabel, confirmText, onDelete, onDeleted, onCheck }: {
  check: DeletionCheckFieldsFragment;
  buttonLabel: string;
  confirmText: string;
  onDelete: () => Promise<DeletionResult | null | undefined>;
  onDeleted: () => void;
  /** Refreshes the check before showing it, so the answer is current. */
  onCheck?: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<DeletionCheckFieldsFragment | null>(null);
  const current = refusal ?? check;

  const show = async () => {
    setRefusal(null);
    setShown(true);
    if (onCheck) await onCheck().catch(() => undefined);
  };

  const remove = async () => {
    setBusy(true);
    try {
      const result = await onDelete();
      if (result?.deleted) {
        notifySuccess(t('deletion.done'));
        onDeleted();
      } else if (result) {
        setRefusal(result.deletion);
      }
    } catch (error) {
      notifyFailure(t('common.error'), describeError(error, t('common.error')).message);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Stack gap="sm">
      <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => void show()} w="fit-content">
        {buttonLabel}
      </Button>
      {shown && current.allowed && (
        <ExplanationPanel tone="ok" title={t('deletion.allowed')} onClose={() => setShown(false)} withCloseButton closeButtonLabel={t('common.close')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('deletion.allowedText')}</Text>
            <Button color="red" size="xs" onClick={() => setConfirming(true)}>{t('common.delete')}</Button>
          </Stack>
        </ExplanationPanel>
      )}
      {shown && !current.allowed && (
        <ExplanationPanel tone="refusal" title={t('deletion.blocked')} onClose={() => setShown(false)} withCloseButton closeButtonLabel={t('common.close')}>
          <Stack gap="xs">
            <Text size="sm">{t('deletion.blockedText')}</Text>
            <BlockerList
              blockers={current.blockers}
              linkFor={linkFor}
              onNavigate={(href) => void navigate(href)}
              entityLabel={(b) => t(`entity.${b.entityType}` as 'entity.Client')}
            />
          </Stack>
        </ExplanationPanel>
      )}
      <ConfirmDialog opened={confirming} danger busy={busy} title={t('deletion.confirmTitle')} confirmLabel={t('common.delete')}
        onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        {confirmText}
      </ConfirmDialog>
    </Stack>
  );
}
