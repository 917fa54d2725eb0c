// Additional amounts (importes adicionales): one-off on a date, or monthly within dates, with their own VAT.
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { formatVatRate, message, parseEuros, parseVatPercent, validateVatRate } from '@antena/domain';
import { DataTable, DateOnly, Money, DateField } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import type { AdditionalAmountRowFragment } from '../../gql/graphql';
import { ExtraActions } from './ExtraActions';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export const AdditionalAmountRowFragmentDoc = graphql(`
  fragment AdditionalAmountRow on AdditionalAmount {
    id
    description
    amountCents
    vatRate
    kind
    date
    validFrom
    validTo
    version
    invoicedThrough
    deletion {
      ...DeletionCheckFields
    }
  }
`);

const AddAdditionalAmountDocument = graphql(`
  mutation AddAdditionalAmount($input: AddAdditionalAmountInput!) {
    addAdditionalAmount(input: $input) {
      id
    }
  }
`);

export function AdditionalAmounts({ subscriptionId, amounts }: { subscriptionId: string; amounts: readonly AdditionalAmountRowFragment[] }) {
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm({
    initialValues: { description: '', amount: '', vatRate: '21', kind: 'ONE_OFF', date: '', validFrom: '', validTo: '' },
    validate: {
      description: v.required,
      amount: (value) => (parseEuros(value) !== null ? null : message('CENTS_INVALID', language)),
      vatRate: (value) => (value.trim() && validateVatRate(parseVatPercent(value) ?? Number.NaN).ok ? null : message('VAT_RATE_INVALID', language)),
      date: (value, values) => (values.kind === 'ONE_OFF' ? v.date(value) : null),
      validFrom: (value, values) => (values.kind === 'MONTHLY' ? v.date(value) : null),
      validTo: (value, values) => (values.kind === 'MONTHLY' ? v.optionalDate(value) : null),
    },
  });
  const { run } = useSubmit(form, { amountCents: 'amount' });
  useUnsavedChanges(form.isDirty());
  const [add, { loading }] = useMutation(AddAdditionalAmountDocument, { refetchQueries: ['SubscriptionPage'] });
  const monthly = form.getValues().kind === 'MONTHLY';

  const submit = form.onSubmit(async (values) => {
    const oneOff = values.kind === 'ONE_OFF';
    const result = await run(() => add({ variables: { input: {
      subscriptionId,
      description: values.description.trim(),
      amountCents: parseEuros(values.amount) ?? 0,
      // Percent typed by the clerk, a fraction for the API (0.21), in hundredths to avoid float noise.
      vatRate: parseVatPercent(values.vatRate) ?? 0,
      kind: values.kind as 'ONE_OFF' | 'MONTHLY',
      date: oneOff ? values.date.trim() : null,
      validFrom: oneOff ? null : values.validFrom.trim(),
      validTo: oneOff ? null : values.validTo.trim() || null,
    } } }));
    if (result?.data) {
      notifySuccess(t('subscription.additionalAdded'));
      form.reset();
    }
  });

  return (
    <Stack>
      <DataTable<AdditionalAmountRowFragment>
        rows={amounts}
        rowKey={(row) => row.id}
        emptyLabel={t('subscription.noAdditional')}
        columns={[
          { key: 'description', header: t('subscription.description'), render: (row) => row.description },
          { key: 'kind', header: t('subscription.additionalKind'), render: (row) => t(`subscription.additionalKind.${row.kind}`) },
          { key: 'amount', header: t('invoice.amount'), align: 'right', render: (row) => <Money cents={row.amountCents} /> },
          { key: 'vat', header: t('common.vatRate'), align: 'right', render: (row) => formatVatRate(row.vatRate, language) },
          { key: 'when', header: t('subscription.date'), render: (row) => (row.kind === 'ONE_OFF' ? <DateOnly value={row.date} /> : <><DateOnly value={row.validFrom} /> – <DateOnly value={row.validTo} /></>) },
          { key: 'actions', header: t('common.actions'), align: 'right', render: (row) => <ExtraActions kind="additional" row={row} label={row.description} /> },
        ]}
      />
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput label={t('subscription.description')} w={220} {...form.getInputProps('description')} />
          <TextInput label={t('subscription.amount')} w={120} {...form.getInputProps('amount')} />
          <TextInput label={t('tariffs.vatRate')} w={90} {...form.getInputProps('vatRate')} />
          <Select label={t('subscription.additionalKind')} w={140} allowDeselect={false}
            data={[{ value: 'ONE_OFF', label: t('subscription.additionalKind.ONE_OFF') }, { value: 'MONTHLY', label: t('subscription.additionalKind.MONTHLY') }]}
            {...form.getInputProps('kind')} />
          {monthly ? (
            <>
              <DateField label={t('subscription.validFrom')} w={190} {...form.getInputProps('validFrom')} />
              <DateField label={t('subscription.validTo')} w={190} {...form.getInputProps('validTo')} />
            </>
          ) : (
            <DateField label={t('subscription.date')} w={190} {...form.getInputProps('date')} />
          )}
          <Button type="submit" mt={25} loading={loading}>{t('subscription.addAdditional')}</Button>
        </Group>
      </form>
    </Stack>
  );
}
