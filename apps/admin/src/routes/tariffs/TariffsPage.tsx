import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatVatRate, message, parseEuros, parseVatPercent, validateCents, validateVatRate } from '@antena/domain';
import { DataTable, Money } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { CreateTariffDocument, TariffsDocument } from './tariffs.operations';
import { PageTitle } from '../../components/PageTitle';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function TariffsPage() {
  const { t, language } = useI18n();
  const v = validators(language);
  const { data, loading, error, refetch } = useQuery(TariffsDocument);
  const form = useForm({
    initialValues: { code: '', name: '', price: '', vatRate: '21' },
    validate: {
      code: v.required,
      name: v.required,
      price: (value) => {
        const cents = parseEuros(value);
        return cents !== null && validateCents(cents).ok ? null : message('CENTS_INVALID', language);
      },
      vatRate: (value) => (value.trim() && validateVatRate(parseVatPercent(value) ?? Number.NaN).ok ? null : message('VAT_RATE_INVALID', language)),
    },
  });
  const { run } = useSubmit(form, { priceCents: 'price' });
  useUnsavedChanges(form.isDirty());
  const [create, creating] = useMutation(CreateTariffDocument, { refetchQueries: ['Tariffs'] });

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => create({ variables: { input: {
      code: values.code.trim(),
      name: values.name.trim(),
      priceCents: parseEuros(values.price) ?? 0,
      vatRate: parseVatPercent(values.vatRate) ?? 0,
    } } }));
    if (result?.data) {
      notifySuccess(t('tariffs.created'));
      form.reset();
    }
  });

  return (
    <Stack>
      <PageTitle>{t('tariffs.title')}</PageTitle>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        rows={data?.tariffs}
        loading={loading}
        rowKey={(row) => row.id}
        emptyLabel={t('tariffs.empty')}
        columns={[
          { key: 'code', header: t('tariffs.code'), render: (row) => row.code },
          { key: 'name', header: t('tariffs.name'), render: (row) => row.name },
          { key: 'price', header: t('tariffs.price'), align: 'right', render: (row) => <Money cents={row.priceCents} /> },
          { key: 'vat', header: t('common.vatRate'), align: 'right', render: (row) => formatVatRate(row.vatRate, language) },
        ]}
      />
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">{t('tariffs.new')}</Title>
            <Group align="flex-start">
              <TextInput label={t('tariffs.code')} w={140} {...form.getInputProps('code')} />
              <TextInput label={t('tariffs.name')} w={260} {...form.getInputProps('name')} />
              <TextInput label={t('tariffs.priceEuros')} w={200} placeholder="30,00" {...form.getInputProps('price')} />
              <TextInput label={t('tariffs.vatRate')} w={90} {...form.getInputProps('vatRate')} />
              <Button type="submit" mt={25} loading={creating.loading}>{t('common.create')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
