import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { validators } from '../../components/validators';
import { CreatePartnerDocument, PartnersDocument } from './partners.operations';
import { PartnerCard } from './PartnerCard';
import { PageTitle } from '../../components/PageTitle';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function PartnersPage() {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(PartnersDocument);
  const form = useForm({ initialValues: { name: '' }, validate: { name: validators(language).required } });
  const { run } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [create, creating] = useMutation(CreatePartnerDocument, { refetchQueries: ['Partners'] });

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => create({ variables: { input: { name: values.name.trim() } } }));
    if (result?.data) {
      notifySuccess(t('partners.created'));
      form.reset();
    }
  });

  return (
    <Stack>
      <PageTitle>{t('partners.title')}</PageTitle>
      <Text c="dimmed" size="sm">{t('partners.adminOnly')}</Text>
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <TextInput label={t('partners.name')} w={300} {...form.getInputProps('name')} />
            <Button type="submit" mt={25} loading={creating.loading}>{t('partners.new')}</Button>
          </Group>
        </form>
      </Card>
      <QueryState data={data?.partners} loading={loading} error={error} onRetry={() => void refetch()}>
        {(partners) => (partners.length === 0
          ? <Text c="dimmed">{t('partners.empty')}</Text>
          : <Stack>{partners.map((partner) => <PartnerCard key={partner.id} partner={partner} />)}</Stack>)}
      </QueryState>
    </Stack>
  );
}
