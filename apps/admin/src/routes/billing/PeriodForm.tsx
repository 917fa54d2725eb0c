// The period both runs start from; validated with the domain's rule before anything is asked.
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { validators } from '../../components/validators';

export function PeriodForm({ initial, onSubmit, submitLabel, loading, extra }: {
  initial: string;
  onSubmit: (period: string) => void;
  submitLabel: string;
  loading: boolean;
  extra?: ReactNode;
}) {
  const { t, language } = useI18n();
  const form = useForm({ initialValues: { period: initial }, validate: { period: validators(language).period } });
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values.period.trim()))} noValidate>
      <Group align="flex-start">
        <TextInput label={t('billing.period')} placeholder="2026-11" w={180} {...form.getInputProps('period')} />
        <Button type="submit" mt={25} loading={loading}>{submitLabel}</Button>
        {extra}
      </Group>
    </form>
  );
}
