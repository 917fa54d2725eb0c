// The client profile form. On save the server may answer SIGNATURE_IBAN_PREVAILS (rule 1): the new
// profile IBAN does not move a signed contract's billing, so each such contract gets a one-click
// "update the signature too".
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { ClientFields, clientInput, clientValidation, type ClientValues } from '../clients/ClientFields';
import { UpdateClientDocument } from './client.operations';
import { UpdateContractSignatureDocument } from '../contract/signature.operations';
import type { ClientProfileFragment } from '../../gql/graphql';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

interface Warning { code: string; message: string; entityId: string | null }

function valuesOf(profile: ClientProfileFragment): ClientValues {
  return {
    kind: profile.kind,
    name: profile.name,
    taxId: profile.taxId,
    email: profile.email,
    phone: profile.phone ?? '',
    address: profile.address ?? '',
    iban: profile.iban ?? '',
  };
}

export function ProfileEditor({ profile, contracts }: { profile: ClientProfileFragment; contracts: readonly { id: string; number: string; version: number }[] }) {
  const contractNumbers = Object.fromEntries(contracts.map((c) => [c.id, c.number]));
  const { t, language } = useI18n();
  const form = useForm<ClientValues>({ initialValues: valuesOf(profile), validate: clientValidation(language) });
  const { run, problem } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [warnings, setWarnings] = useState<{ warning: Warning; iban: string }[]>([]);
  const [updateClient, { loading }] = useMutation(UpdateClientDocument, { refetchQueries: ['ClientPage'] });
  const [updateSignature] = useMutation(UpdateContractSignatureDocument, { refetchQueries: ['ClientPage'] });
  const [updating, setUpdating] = useState<string | null>(null);
  const signatureRun = useSubmit(null);

  const submit = form.onSubmit(async (values) => {
    setWarnings([]);
    const input = clientInput(values);
    const result = await run(() => updateClient({ variables: { input: { ...input, id: profile.id, version: profile.version } } }));
    const payload = result?.data?.updateClient;
    if (!payload) return;
    notifySuccess(t('common.saved'));
    // What the server stored (normalised: IBAN without spaces, tax id upper-case) is the new baseline:
    // the form shows it and is no longer dirty, so leaving the page does not ask.
    form.setValues(valuesOf(payload.client));
    form.resetDirty(valuesOf(payload.client));
    const prevailing = payload.warnings.filter((w) => w.code === 'SIGNATURE_IBAN_PREVAILS');
    setWarnings(prevailing.map((warning) => ({ warning, iban: input.iban ?? '' })));
  });

  const alsoUpdateSignature = async (contractId: string, iban: string) => {
    // The page refetched after the profile save, so this is the contract's current version.
    const version = contracts.find((c) => c.id === contractId)?.version;
    if (version === undefined) return;
    setUpdating(contractId);
    const result = await signatureRun.run(() => updateSignature({ variables: { input: { id: contractId, version, iban } } }));
    setUpdating(null);
    if (result?.data) {
      notifySuccess(t('client.signatureUpdated', { number: contractNumbers[contractId] ?? '' }));
      setWarnings((current) => current.filter((w) => w.warning.entityId !== contractId));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClientFields form={form} clientId={profile.id} />
        {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>{t('common.save')}</Button>
        </Group>
        {warnings.map(({ warning, iban }) => (
          <ExplanationPanel key={warning.entityId ?? warning.message} tone="warning" title={t('client.ibanWarningTitle')} data-code={warning.code}>
            <Stack gap="xs" align="flex-start">
              <span>{warning.message}</span>
              {warning.entityId && iban && (
                <Button size="xs" loading={updating === warning.entityId} onClick={() => void alsoUpdateSignature(warning.entityId!, iban)}>
                  {t('client.updateSignatureToo', { number: contractNumbers[warning.entityId] ?? '' })}
                </Button>
              )}
            </Stack>
          </ExplanationPanel>
        ))}
      </Stack>
    </form>
  );
}
