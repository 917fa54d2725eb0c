// Billing mode and the mass-credit switch (rule 4), each with what it does in plain words.
import { Button, Card, Group, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { BillingSettingsDocument, UpdateBillingSettingsDocument } from './settings.operations';
import type { BillingMode, BillingSettingsQuery } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';

export function SettingsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(BillingSettingsDocument);
  return (
    <Stack maw={760}>
      <PageTitle>{t('settings.title')}</PageTitle>
      <QueryState data={data?.billingSettings} loading={loading} error={error} onRetry={() => void refetch()}>
        {(settings) => <SettingsForm initial={settings} />}
      </QueryState>
    </Stack>
  );
}

// Seeded once from the loaded settings: a background refetch must not undo what the user switched.
function SettingsForm({ initial }: { initial: BillingSettingsQuery['billingSettings'] }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<BillingMode>(initial.mode);
  const [massCredit, setMassCredit] = useState(initial.massCreditOnTariffMigration);
  const { run, problem } = useSubmit(null);
  const [update, { loading: saving }] = useMutation(UpdateBillingSettingsDocument, { refetchQueries: ['BillingSettings', 'BillingMode'] });

  const save = async () => {
    const result = await run(() => update({ variables: { input: { mode, massCreditOnTariffMigration: massCredit } } }));
    if (result?.data) notifySuccess(t('settings.saved'));
  };

  return (
    <Card withBorder>
      <Stack>
        <Radio.Group label={t('settings.mode')} value={mode} onChange={(value) => setMode(value as BillingMode)}>
          <Stack mt="xs" gap="xs">
            <Radio value="ADVANCE" label={t('settings.mode.ADVANCE')} />
            <Radio value="ARREARS" label={t('settings.mode.ARREARS')} />
          </Stack>
        </Radio.Group>
        <Switch label={t('settings.massCredit')} checked={massCredit} onChange={(event) => setMassCredit(event.currentTarget.checked)} />
        <ExplanationPanel title={t('settings.massCredit')}>
          <Text size="sm">{t('settings.massCreditHelp')}</Text>
        </ExplanationPanel>
        {problem && <ExplanationPanel tone="refusal" title={t('common.error')}>{problem}</ExplanationPanel>}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
