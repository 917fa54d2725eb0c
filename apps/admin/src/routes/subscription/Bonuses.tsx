// Bonuses (bonificaciones): a percentage off each charge line, or fixed cents per month, within dates.
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { formatCents, message, parseEuros, validateCents, validatePercent } from '@antena/domain';
import { DataTable, DateOnly, Money, DateField } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import type { BonusRowFragment } from '../../gql/graphql';
import { ExtraActions } from './ExtraActions';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export const BonusRowFragmentDoc = graphql(`
  fragment BonusRow on Bonus {
    id
    kind
    percent
    amountCents
    description
    validFrom
    validTo
    version
    invoicedThrough
    deletion {
      ...DeletionCheckFields
    }
  }
`);

const AddBonusDocument = graphql(`
  mutation AddBonus($input: AddBonusInput!) {
    addBonus(input: $input) {
      id
    }
  }
`);

export function Bonuses({ subscriptionId, bonuses }: { subscriptionId: string; bonuses: readonly BonusRowFragment[] }) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm({
    initialValues: { kind: 'PERCENT', value: '', validFrom: '', validTo: '' },
    validate: {
      value: (value, values) => {
        if (values.kind === 'FIXED') {
          const cents = parseEuros(value);
          return cents !== null && validateCents(cents).ok ? null : message('CENTS_INVALID', language);
        }
        return value.trim() && validatePercent(Number(value.replace(',', '.'))).ok ? null : message('PERCENT_INVALID', language);
      },
      validFrom: v.date,
      validTo: v.optionalDate,
    },
  });
  const { run } = useSubmit(form, { percent: 'value', amountCents: 'value' });
  useUnsavedChanges(form.isDirty());
  const [add, { loading }] = useMutation(AddBonusDocument, { refetchQueries: ['SubscriptionPage'] });

  const submit = form.onSubmit(async (values) => {
    const fixed = values.kind === 'FIXED';
    const result = await run(() => add({ variables: { input: {
      subscriptionId,
      kind: fixed ? 'FIXED' : 'PERCENT',
      amountCents: fixed ? parseEuros(values.value) : null,
      percent: fixed ? null : Number(values.value.replace(',', '.')),
      validFrom: values.validFrom.trim(), validTo: values.validTo.trim() || null,
    } } }));
    if (result?.data) {
      notifySuccess(t('subscription.bonusAdded'));
      form.reset();
    }
  });

  return (
    <Stack>
      <DataTable<BonusRowFragment>
        rows={bonuses}
        rowKey={(row) => row.id}
        emptyLabel={t('subscription.noBonuses')}
        columns={[
          { key: 'kind', header: t('subscription.bonusKind'), render: (row) => t(`subscription.bonusKind.${row.kind}`) },
          { key: 'value', header: t('subscription.bonusValue'), align: 'right', render: (row) => (row.kind === 'FIXED' ? <Money cents={row.amountCents ?? 0} /> : `${row.percent ?? 0} %`) },
          { key: 'from', header: t('subscription.validFrom'), render: (row) => <DateOnly value={row.validFrom} /> },
          { key: 'to', header: t('subscription.validTo'), render: (row) => <DateOnly value={row.validTo} /> },
          {
            key: 'actions', header: t('common.actions'), align: 'right',
            render: (row) => <ExtraActions kind="bonus" row={row} label={`${t('entity.Bonus')} ${row.kind === 'FIXED' ? formatCents(row.amountCents ?? 0, language) : `${row.percent ?? 0} %`}`} />,
          },
        ]}
      />
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <Select label={t('subscription.bonusKind')} w={200} allowDeselect={false}
            data={[{ value: 'PERCENT', label: t('subscription.bonusKind.PERCENT') }, { value: 'FIXED', label: t('subscription.bonusKind.FIXED') }]}
            {...form.getInputProps('kind')} />
          <TextInput label={form.getValues().kind === 'FIXED' ? t('subscription.amount') : t('subscription.percent')} w={180} {...form.getInputProps('value')} />
          <DateField label={t('subscription.validFrom')} w={190} {...form.getInputProps('validFrom')} />
          <DateField label={t('subscription.validTo')} w={190} {...form.getInputProps('validTo')} />
          <Button type="submit" mt={25} loading={loading}>{t('subscription.addBonus')}</Button>
        </Group>
      </form>
    </Stack>
  );
}
