// A tariff change takes effect on a date: the old tariff runs through the day before (docs/product.md §3). It is confirmed
// once more with the new price and date, since it cannot be undone.
import { Button, Group, Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog, DateField } from '@antena/ui';
import { formatCents, todayFrom } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { MigrateSubscriptionTariffDocument } from './subscription.operations';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function TariffMigrationForm({ subscriptionId, currentTariffId, tariffs }: {
  subscriptionId: string;
  currentTariffId: string;
  tariffs: readonly { id: string; code: string; name: string; priceCents: number }[];
}) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm({
    initialValues: { tariffId: null as string | null, effectiveDate: todayFrom(new Date()) },
    validate: { tariffId: v.required, effectiveDate: v.date },
  });
  const { run } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [migrate, { loading }] = useMutation(MigrateSubscriptionTariffDocument, { refetchQueries: ['SubscriptionPage'] });

  const [pending, setPending] = useState<{ tariffId: string; effectiveDate: string } | null>(null);
  const submit = form.onSubmit((values) => setPending({ tariffId: values.tariffId!, effectiveDate: values.effectiveDate.trim() }));
  const confirm = async () => {
    const values = pending!;
    setPending(null);
    const result = await run(() => migrate({ variables: { id: subscriptionId, tariffId: values.tariffId, effectiveDate: values.effectiveDate } }));
    if (result?.data) {
      notifySuccess(t('subscription.migrated'));
      form.reset();
    }
  };
  const target = pending ? tariffs.find((tariff) => tariff.id === pending.tariffId) : undefined;
  const current = tariffs.find((tariff) => tariff.id === currentTariffId);

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end">
        <Select label={t('subscription.newTariff')} w={320}
          data={tariffs.filter((tariff) => tariff.id !== currentTariffId).map((tariff) => ({ value: tariff.id, label: `${tariff.code} · ${tariff.name} · ${formatCents(tariff.priceCents, language)}` }))}
          {...form.getInputProps('tariffId')} />
        <DateField label={t('common.effectiveDate')} w={190} {...form.getInputProps('effectiveDate')} />
        <Button type="submit" loading={loading}>{t('subscription.migrate')}</Button>
      </Group>
      <ConfirmDialog opened={pending !== null} busy={loading} title={target ? t('confirm.migrateTitle', { tariff: target.code }) : ''}
        confirmLabel={t('subscription.migrate')} onConfirm={() => void confirm()} onCancel={() => setPending(null)}>
        {pending && target ? t('confirm.migrateText', {
          tariff: target.code, price: formatCents(target.priceCents, language), date: pending.effectiveDate, current: current?.code ?? '',
        }) : ''}
      </ConfirmDialog>
    </form>
  );
}
