import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { ClientFields, clientInput, clientValidation, emptyClient, type ClientValues } from './ClientFields';
import { CreateClientDocument } from './clients.operations';

export function NewClientModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const form = useForm<ClientValues>({ initialValues: emptyClient, validate: clientValidation(language) });
  const { run } = useSubmit(form);
  const [createClient, { loading }] = useMutation(CreateClientDocument, { refetchQueries: ['Clients'] });

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => createClient({ variables: { input: clientInput(values) } }));
    const id = result?.data?.createClient.id;
    if (id) {
      notifySuccess(t('clients.created'));
      form.reset();
      onClose();
      void navigate(`/clients/${id}`);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('clients.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ClientFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={loading}>{t('common.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
