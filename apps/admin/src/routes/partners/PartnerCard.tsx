// One partner with its API keys. A new key is shown exactly once (only its hash is stored).
import { Badge, Button, Card, Code, CopyButton, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { DataTable, ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { validators } from '../../components/validators';
import { CreateApiKeyDocument, RevokeApiKeyDocument } from './partners.operations';
import type { PartnersQuery } from '../../gql/graphql';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

type Partner = PartnersQuery['partners'][number];

export function PartnerCard({ partner }: { partner: Partner }) {
  const { t, language } = useI18n();
  const [newKey, setNewKey] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '' }, validate: { name: validators(language).required } });
  const { run } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [createKey, creating] = useMutation(CreateApiKeyDocument, { refetchQueries: ['Partners'] });
  const [revokeKey] = useMutation(RevokeApiKeyDocument, { refetchQueries: ['Partners'] });
  const revoke = useSubmit(null);

  const submit = form.onSubmit(async (values) => {
    const result = await run(() => createKey({ variables: { partnerId: partner.id, name: values.name.trim() } }));
    const key = result?.data?.createApiKey.key;
    if (key) {
      setNewKey(key);
      form.reset();
    }
  });

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{partner.name}</Title>
        {newKey && (
          <ExplanationPanel tone="warning" title={t('partners.keyShownOnce')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setNewKey(null)}>
            <Group gap="xs">
              <Code data-testid="new-api-key">{newKey}</Code>
              <CopyButton value={newKey}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('common.copied') : t('common.copy')}</Button>}</CopyButton>
            </Group>
          </ExplanationPanel>
        )}
        <DataTable
          rows={partner.apiKeys}
          rowKey={(key) => key.id}
          emptyLabel={t('partners.noKeys')}
          columns={[
            { key: 'name', header: t('partners.keyLabel'), render: (key) => key.name },
            { key: 'prefix', header: t('partners.prefix'), render: (key) => <Code>{key.prefix}…</Code> },
            {
              key: 'state', header: t('common.actions'), hideHeader: true,
              render: (key) => key.revokedAt
                ? <Badge color="gray">{t('partners.revoked')}</Badge>
                : <Button size="xs" color="red" variant="subtle" onClick={() => void revoke.run(() => revokeKey({ variables: { id: key.id } }))}>{t('partners.revoke')}</Button>,
            },
          ]}
        />
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <TextInput label={t('partners.keyLabel')} w={260} {...form.getInputProps('name')} />
            <Button type="submit" mt={25} loading={creating.loading}>{t('partners.newKey')}</Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}
