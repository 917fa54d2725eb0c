// Only the transitions the server allows from the current state are offered (docs/product.md §2's machine); every change is
// confirmed once more, saying what happens (a final state — cancelled, rejected — cannot be undone).
import { Button, Group, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { todayFrom } from '@antena/domain';
import { ConfirmDialog, stateLabel, DateField } from '@antena/ui';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { ChangeSubscriptionStateDocument } from './subscription.operations';
import type { SubscriptionState } from '../../gql/graphql';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function StateChangeForm({ subscriptionId, allowed }: { subscriptionId: string; allowed: readonly SubscriptionState[] }) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm({
    // null, not '': Mantine's Select only clears its label for null.
    initialValues: { state: null as SubscriptionState | null, effectiveDate: todayFrom(new Date()) },
    validate: { state: v.required, effectiveDate: v.date },
  });
  const { run } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [change, { loading }] = useMutation(ChangeSubscriptionStateDocument, { refetchQueries: ['SubscriptionPage'] });
  const [pending, setPending] = useState<{ state: SubscriptionState; effectiveDate: string } | null>(null);
  if (allowed.length === 0) return <Text c="dimmed">{t('subscription.noTransitions')}</Text>;

  const submit = form.onSubmit((values) => setPending({ state: values.state!, effectiveDate: values.effectiveDate.trim() }));
  const confirm = async () => {
    const values = pending!;
    setPending(null);
    const result = await run(() => change({ variables: { id: subscriptionId, state: values.state, effectiveDate: values.effectiveDate } }));
    if (result?.data) {
      notifySuccess(t('subscription.stateChanged'));
      form.reset();
    }
  };
  const final = pending !== null && (pending.state === 'CANCELLED' || pending.state === 'REJECTED');

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end">
        <Select label={t('subscription.newState')} w={260} data={allowed.map((s) => ({ value: s, label: stateLabel(s, language) }))} {...form.getInputProps('state')} />
        <DateField label={t('common.effectiveDate')} w={190} {...form.getInputProps('effectiveDate')} />
        <Button type="submit" loading={loading}>{t('subscription.changeState')}</Button>
      </Group>
      <ConfirmDialog opened={pending !== null} danger={final} busy={loading}
        title={pending ? t('confirm.stateTitle', { state: stateLabel(pending.state, language) }) : ''} confirmLabel={t('subscription.changeState')}
        onConfirm={() => void confirm()} onCancel={() => setPending(null)}>
        {pending ? t('confirm.stateText', { final: final ? 'yes' : 'no', date: pending.effectiveDate }) : ''}
      </ConfirmDialog>
    </form>
  );
}
