// Signing a contract stores its own payment data (rule 1); the same form edits the signature later.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateField } from '@antena/ui';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { todayFrom } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { SignContractDocument } from './contract.operations';
import { UpdateContractSignatureDocument } from './signature.operations';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

interface SignatureValues {
  signedAt: string;
  signerName: string;
  signerTaxId: string;
  iban: string;
  mandateReference: string;
  [key: string]: unknown;
}

export function SignatureForm({ contractId, version, mode, initial, onDone }: {
  contractId: string;
  version: number;
  mode: 'sign' | 'edit';
  initial: Partial<SignatureValues>;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm<SignatureValues>({
    initialValues: { signedAt: todayFrom(new Date()), signerName: '', signerTaxId: '', iban: '', mandateReference: '', ...initial },
    validate: mode === 'sign'
      ? { signedAt: v.date, signerName: v.required, signerTaxId: v.taxId, iban: v.iban, mandateReference: v.mandateReference }
      : { iban: v.iban, mandateReference: v.mandateReference },
  });
  const { run } = useSubmit(form);
  const { release } = useUnsavedChanges(form.isDirty());
  const [sign, signing] = useMutation(SignContractDocument, { refetchQueries: ['ContractPage'] });
  const [update, updating] = useMutation(UpdateContractSignatureDocument, { refetchQueries: ['ContractPage'] });

  const submit = form.onSubmit(async (values) => {
    const iban = values.iban.replace(/\s/g, '').toUpperCase();
    const result = mode === 'sign'
      ? await run(() => sign({ variables: { input: {
        id: contractId, version, signedAt: values.signedAt.trim(), signerName: values.signerName.trim(), signerTaxId: values.signerTaxId.trim().toUpperCase(),
        iban, mandateReference: values.mandateReference.trim(),
      } } }))
      : await run(() => update({ variables: { input: { id: contractId, version, iban, mandateReference: values.mandateReference.trim() } } }));
    if (result?.data) {
      notifySuccess(mode === 'sign' ? t('contract.signed') : t('common.saved'));
      release();
      onDone();
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {mode === 'sign' && (
            <>
              <DateField label={t('contract.signedAt')} required {...form.getInputProps('signedAt')} />
              <TextInput label={t('contract.signerName')} required {...form.getInputProps('signerName')} />
              <TextInput label={t('contract.signerTaxId')} required {...form.getInputProps('signerTaxId')} />
            </>
          )}
          <TextInput label={t('contract.iban')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} required {...form.getInputProps('iban')} />
          <TextInput label={t('contract.mandateReference')} required {...form.getInputProps('mandateReference')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={signing.loading || updating.loading}>{mode === 'sign' ? t('contract.sign') : t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
