// Billing mode and the mass-credit switch (rule 4), each with what it does in plain words.
import { Button, Card, Group, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { BillingSettingsDocument, UpdateBillingSettingsDocument } from './settings.operations';
import type { BillingMode } from '../../gql/graphql';

export function SettingsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(BillingSettingsDocument);
  const [mode, setMode] = useState<BillingMode>('ADVANCE');
  const [massCredit, setMassCredit] = useState(false);
  const loaded = data?.billingSettings;
  useEffect(() => {
    if (loaded) {
      setMode(loaded.mode);
      setMassCredit(loaded.massCreditOnTariffMigration);
    }
  }, [loaded]);
  const { run, problem } = useSubmit(null);
  const [update, { loading: saving }] = useMutation(UpdateBillingSettingsDocument, { refetchQueries: ['BillingSettings'] });

  const save = async () => {
    const result = await run(() => update({ variables: { input: { mode, massCreditOnTariffMigration: massCredit } } }));
    if (result?.data) notifySuccess(t('settings.saved'));
  };

  return (
    <Stack maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      <QueryState data={loaded} loading={loading} error={error} onRetry={() => void refetch()}>
        {() => (
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
        )}
      </QueryState>
    </Stack>
  );
}
