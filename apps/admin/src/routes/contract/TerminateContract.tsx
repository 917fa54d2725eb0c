// Terminating a signed contract (docs/product.md §2: SIGNED → TERMINATED), confirmed once more with its effective
// date. A refusal (e.g. subscriptions still live) stays in the dialog with the server's remedy, so the
// clerk reads what to do before closing it.
import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { todayFrom } from '@antena/domain';
import { ConfirmDialog, ExplanationPanel, DateField } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { TerminateContractDocument } from './contract.operations';

export function TerminateContract({ contractId, number, version }: { contractId: string; number: string; version: number }) {
  const { t, language } = useI18n();
  const [opened, setOpened] = useState(false);
  const form = useForm({ initialValues: { effectiveDate: todayFrom(new Date()) }, validate: { effectiveDate: validators(language).date } });
  const { run, problem, remedy, clearProblem } = useSubmit(form);
  const [terminate, terminating] = useMutation(TerminateContractDocument, { refetchQueries: ['ContractPage'] });

  const open = () => { clearProblem(); form.clearErrors(); setOpened(true); };
  const confirm = async () => {
    if (form.validate().hasErrors) return;
    const input = { id: contractId, version, effectiveDate: form.getValues().effectiveDate.trim() };
    const result = await run(() => terminate({ variables: { input } }));
    if (result?.data) {
      notifySuccess(t('contract.terminated'));
      setOpened(false);
    }
  };

  return (
    <>
      <Button color="red" variant="light" onClick={open}>{t('contract.terminate')}</Button>
      <ConfirmDialog opened={opened} danger busy={terminating.loading} title={t('contract.terminateTitle', { number })}
        confirmLabel={t('contract.terminate')} onConfirm={() => void confirm()} onCancel={() => setOpened(false)}>
        <Stack>
          <Text>{t('contract.terminateConfirm', { number })}</Text>
          <DateField label={t('contract.effectiveDate')} required {...form.getInputProps('effectiveDate')} />
          {problem && (
            <ExplanationPanel tone="refusal" title={t('contract.terminateRefused')}>
              <Text size="sm">{problem}</Text>
              {remedy && <Text size="sm" fw={500}>{remedy}</Text>}
            </ExplanationPanel>
          )}
        </Stack>
      </ConfirmDialog>
    </>
  );
}
