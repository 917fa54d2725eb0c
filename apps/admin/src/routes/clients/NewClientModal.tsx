import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { ClientFields, clientInput, clientValidation, emptyClient, type ClientValues } from './ClientFields';
import { CreateClientDocument, PartnerOptionsDocument } from './clients.operations';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export function NewClientModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const form = useForm<ClientValues>({ initialValues: emptyClient, validate: clientValidation(language) });
  const { run } = useSubmit(form);
  const { release } = useUnsavedChanges(opened && form.isDirty());
  // A client may belong to a partner (reseller); partners then see only their own clients.
  const partners = useQuery(PartnerOptionsDocument, { skip: !opened });
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [createClient, { loading }] = useMutation(CreateClientDocument, { refetchQueries: ['Clients'] });

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => createClient({ variables: { input: { ...clientInput(values), partnerId } } }));
    const id = result?.data?.createClient.id;
    if (id) {
      notifySuccess(t('clients.created'));
      release();
      form.reset();
      setPartnerId(null);
      onClose();
      void navigate(`/clients/${id}`);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('clients.new')} size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ClientFields form={form} />
          <Select label={t('clients.partner')} placeholder={t('common.none')} clearable value={partnerId} onChange={setPartnerId}
            data={(partners.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={loading}>{t('common.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
