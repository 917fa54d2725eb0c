import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { ExplanationPanel } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { DeletionPanel } from '../../components/deletion/DeletionPanel';
import { ClientPageDocument, DeleteClientDocument } from './client.operations';
import { ProfileEditor } from './ProfileEditor';
import { ArchiveControl } from './ArchiveControl';
import { ClientContracts, ClientSubscriptions } from './ClientContracts';
import { ClientAudit, ClientInvoices } from './ClientTabs';
import { PageTitle } from '../../components/PageTitle';

export function ClientPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ClientPageDocument, { variables: { id } });
  const [deleteClient] = useMutation(DeleteClientDocument);

  return (
    <QueryState data={data?.client} loading={loading} error={error} onRetry={() => void refetch()}>
      {(client) => (
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <PageTitle>{client.name}</PageTitle>
              <Group gap="xs">
                <Text c="dimmed" ff="monospace">{client.code}</Text>
                <Text c="dimmed">· {client.taxId}</Text>
                {client.partner && <Badge variant="outline">{t('clients.partner')}: {client.partner.name}</Badge>}
              </Group>
            </Stack>
            <Anchor component={Link} to="/clients">{t('common.back')}</Anchor>
          </Group>
          <ArchiveControl client={client} />
          {!client.archivedAt && <DeletionPanel
            check={client.deletion}
            buttonLabel={t('deletion.button')}
            confirmText={t('deletion.confirmClient', { name: client.name })}
            onCheck={() => refetch()}
            onDelete={async () => (await deleteClient({ variables: { id: client.id } })).data?.deleteClient}
            onDeleted={() => void navigate('/clients')}
          />}
          {client.contracts.filter((c) => c.sepaMandateBlock).map((c) => (
            <ExplanationPanel key={c.id} tone="refusal" title={`${t('contract.sepaBlocked')} · ${c.number}`}>
              <Text size="sm" data-testid="client-sepa-block">{c.sepaMandateBlock!.message}</Text>
              <Text size="sm" c="dimmed">{c.sepaMandateBlock!.remedy}</Text>
            </ExplanationPanel>
          ))}
          <Tabs defaultValue="profile" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="profile">{t('client.profile')}</Tabs.Tab>
              <Tabs.Tab value="contracts">{t('client.contracts')} ({client.contracts.length})</Tabs.Tab>
              <Tabs.Tab value="subscriptions">{t('client.subscriptions')}</Tabs.Tab>
              <Tabs.Tab value="invoices">{t('client.invoices')}</Tabs.Tab>
              <Tabs.Tab value="audit">{t('client.audit')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md" keepMounted>
              <ProfileEditor profile={client} contracts={client.contracts} />
            </Tabs.Panel>
            <Tabs.Panel value="contracts" pt="md"><ClientContracts clientId={client.id} clientName={client.name} contracts={client.contracts} /></Tabs.Panel>
            <Tabs.Panel value="subscriptions" pt="md"><ClientSubscriptions contracts={client.contracts} /></Tabs.Panel>
            <Tabs.Panel value="invoices" pt="md"><ClientInvoices clientId={client.id} /></Tabs.Panel>
            <Tabs.Panel value="audit" pt="md"><ClientAudit clientId={client.id} /></Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </QueryState>
  );
}
