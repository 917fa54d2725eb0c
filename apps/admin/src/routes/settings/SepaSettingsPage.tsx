// The SEPA creditor (collector) settings (docs/sepa.md "Creditor settings"): who collects, with which creditor
// identifier and account, in which pain.008 format, how long after issue, and the optional return fee. The
// creditor identifier, initiating party and BIC are checked by the API (the domain's rules); its refusal lands
// on the field. Amounts and VAT are read with the domain's parsers, as in every money form of the SPA.
import { Badge, Button, Card, Group, Radio, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatVatRate, message, parseEuros, parseVatPercent, validateCents, validateVatRate, type Locale } from '@antena/domain';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { UnsavedChangesPrompt } from '../../components/UnsavedChanges';
import { PageTitle } from '../../components/PageTitle';
import type { SepaSettingsFieldsFragment, UpdateSepaSettingsInput } from '../../gql/graphql';
import { SepaSettingsDocument, UpdateSepaSettingsDocument } from './sepaSettings.operations';

export const PAIN_FORMATS = ['pain.008.001.02', 'pain.008.001.08'] as const;

export type SepaSettingsValues = {
  creditorName: string;
  creditorId: string;
  initiatingPartyId: string;
  iban: string;
  bic: string;
  painFormat: string;
  daysBetweenIssueAndCollection: string;
  returnFeeEnabled: boolean;
  returnFee: string;
  returnFeeVatRate: string;
};

/** Integer cents as a clerk would type them back ("5,00"), no floating point. */
function centsText(cents: number, locale: Locale): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}${locale === 'es' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}

export function valuesOf(s: SepaSettingsFieldsFragment, locale: Locale): SepaSettingsValues {
  return {
    creditorName: s.creditorName ?? '',
    creditorId: s.creditorId ?? '',
    initiatingPartyId: s.initiatingPartyId ?? '',
    iban: s.iban ?? '',
    bic: s.bic ?? '',
    painFormat: s.painFormat,
    daysBetweenIssueAndCollection: String(s.daysBetweenIssueAndCollection),
    returnFeeEnabled: s.returnFeeEnabled,
    returnFee: centsText(s.returnFeeCents, locale),
    returnFeeVatRate: formatVatRate(s.returnFeeVatRate, locale).replace(/\s*%$/, ''),
  };
}

/** What the API gets: every field as typed (the API normalises and checks); the fee only when it is on. */
export function sepaSettingsInput(values: SepaSettingsValues): UpdateSepaSettingsInput {
  return {
    creditorName: values.creditorName.trim(),
    creditorId: values.creditorId.trim(),
    initiatingPartyId: values.initiatingPartyId.trim(),
    iban: values.iban.trim(),
    bic: values.bic.trim(),
    painFormat: values.painFormat,
    daysBetweenIssueAndCollection: Number(values.daysBetweenIssueAndCollection.trim()),
    returnFeeEnabled: values.returnFeeEnabled,
    ...(values.returnFeeEnabled ? { returnFeeCents: parseEuros(values.returnFee) ?? 0, returnFeeVatRate: parseVatPercent(values.returnFeeVatRate) ?? 0 } : {}),
  };
}

export function SepaSettingsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SepaSettingsDocument);
  return (
    <Stack maw={760}>
      <PageTitle>{t('sepaSettings.title')}</PageTitle>
      <Text c="dimmed" size="sm">{t('sepaSettings.intro')}</Text>
      <QueryState data={data?.sepaSettings} loading={loading} error={error} onRetry={() => void refetch()}>
        {(settings) => <SepaSettingsForm initial={settings} />}
      </QueryState>
    </Stack>
  );
}

// Seeded once from the loaded settings: a background refetch must not undo what the user typed.
export function SepaSettingsForm({ initial }: { initial: SepaSettingsFieldsFragment }) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm<SepaSettingsValues>({
    initialValues: valuesOf(initial, language),
    validate: {
      creditorName: v.required,
      creditorId: v.required,
      initiatingPartyId: v.required,
      iban: v.iban,
      daysBetweenIssueAndCollection: (value) => (/^\d{1,3}$/.test(value.trim()) ? null : t('sepaSettings.daysNotNumber')),
      returnFee: (value, values) => {
        if (!values.returnFeeEnabled) return null;
        const cents = parseEuros(value);
        return cents !== null && validateCents(cents).ok ? null : message('CENTS_INVALID', language);
      },
      returnFeeVatRate: (value, values) => (!values.returnFeeEnabled || (value.trim() && validateVatRate(parseVatPercent(value) ?? Number.NaN).ok) ? null : message('VAT_RATE_INVALID', language)),
    },
  });
  const { run, problem } = useSubmit(form, { returnFeeCents: 'returnFee' });
  const [update, { loading: saving }] = useMutation(UpdateSepaSettingsDocument, { refetchQueries: ['Remittances'] });
  const [complete, setComplete] = useState(initial.complete);

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => update({ variables: { input: sepaSettingsInput(values) } }));
    const saved = result?.data?.updateSepaSettings;
    if (!saved) return;
    notifySuccess(t('settings.saved'));
    // What the server stored (IBAN without spaces, identifiers upper-case) is the new baseline: leaving does not ask.
    const stored = valuesOf(saved, language);
    form.setValues(stored);
    form.resetDirty(stored);
    setComplete(saved.complete);
  });

  const feeOn = form.getValues().returnFeeEnabled;
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesPrompt dirty={form.isDirty()} />
      <Stack>
        <Group>
          <Badge data-testid="sepa-settings-status" color={complete ? 'green' : 'orange'} variant="light">{t(complete ? 'sepaSettings.complete' : 'sepaSettings.incomplete')}</Badge>
        </Group>
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">{t('sepaSettings.creditor')}</Title>
            <TextInput label={t('sepaSettings.creditorName')} description={t('sepaSettings.creditorNameHelp')} maxLength={70} withAsterisk {...form.getInputProps('creditorName')} />
            <TextInput label={t('sepaSettings.creditorId')} description={t('sepaSettings.creditorIdHelp')} placeholder="ES77000B85626240" withAsterisk {...form.getInputProps('creditorId')} />
            <TextInput label={t('sepaSettings.initiatingPartyId')} description={t('sepaSettings.initiatingPartyIdHelp')} placeholder="B85626240000" withAsterisk {...form.getInputProps('initiatingPartyId')} />
            <TextInput label={t('sepaSettings.iban')} description={t('sepaSettings.ibanHelp')} withAsterisk {...form.getInputProps('iban')} />
            <TextInput label={t('sepaSettings.bic')} description={t('sepaSettings.bicHelp')} {...form.getInputProps('bic')} />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">{t('sepaSettings.file')}</Title>
            <Radio.Group label={t('sepaSettings.painFormat')} {...form.getInputProps('painFormat')}>
              <Stack mt="xs" gap="xs">
                {PAIN_FORMATS.map((f) => <Radio key={f} value={f} label={t(f === 'pain.008.001.02' ? 'sepaSettings.pain02' : 'sepaSettings.pain08')} />)}
              </Stack>
            </Radio.Group>
            <TextInput label={t('sepaSettings.days')} description={t('sepaSettings.daysHelp')} inputMode="numeric" w={260} {...form.getInputProps('daysBetweenIssueAndCollection')} />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">{t('sepaSettings.returnFee')}</Title>
            <Switch label={t('sepaSettings.returnFeeEnabled')} description={t('sepaSettings.returnFeeHelp')} {...form.getInputProps('returnFeeEnabled', { type: 'checkbox' })} />
            {feeOn && (
              <Group align="flex-start">
                <TextInput label={t('sepaSettings.returnFeeAmount')} placeholder="5,00" w={200} {...form.getInputProps('returnFee')} />
                <TextInput label={t('tariffs.vatRate')} w={120} {...form.getInputProps('returnFeeVatRate')} />
              </Group>
            )}
          </Stack>
        </Card>
        {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
