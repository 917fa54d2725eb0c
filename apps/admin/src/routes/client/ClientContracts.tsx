// A client's contracts with their status, billing account and subscriptions; new contracts start here.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog, DataTable, StateBadge } from '@antena/ui';
import { useState } from 'react';
import { formatIban } from '@antena/domain';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import type { ClientContractFragment } from '../../gql/graphql';

export const ClientContractFragmentDoc = graphql(`
  fragment ClientContract on Contract {
    id
    version
    number
    status
    billingAccount {
      iban
      source
    }
    sepaMandateBlock {
      message
      remedy
    }
    subscriptions {
      id
      state
      tariff {
        id
        code
        name
      }
      billing {
        billable
        reason
      }
    }
  }
`);

const CreateContractDocument = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      number
    }
  }
`);

export function ClientContracts({ clientId, clientName, contracts }: { clientId: string; clientName: string; contracts: readonly ClientContractFragment[] }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const { run } = useSubmit(null);
  const [createContract, { loading }] = useMutation(CreateContractDocument, { refetchQueries: ['ClientPage'] });

  const create = async () => {
    setConfirming(false);
    const result = await run(() => createContract({ variables: { input: { clientId } } }));
    const contract = result?.data?.createContract;
    if (contract) {
      notifySuccess(t('contracts.created', { number: contract.number }));
      void navigate(`/contracts/${contract.id}`);
    }
  };

  return (
    <Stack>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} loading={loading} onClick={() => setConfirming(true)}>{t('contracts.new')}</Button>
      </Group>
      <ConfirmDialog opened={confirming} busy={loading} title={t('confirm.newContractTitle', { client: clientName })} confirmLabel={t('contracts.new')}
        onConfirm={() => void create()} onCancel={() => setConfirming(false)}>
        {t('confirm.newContractText', { client: clientName })}
      </ConfirmDialog>
      <DataTable<ClientContractFragment>
        rows={contracts}
        rowKey={(row) => row.id}
        emptyLabel={t('client.noContracts')}
        columns={[
          { key: 'number', header: t('contracts.number'), render: (row) => <Anchor component={Link} to={`/contracts/${row.id}`}>{row.number}</Anchor> },
          { key: 'status', header: t('contracts.status'), render: (row) => <StateBadge state={row.status} /> },
          {
            key: 'account', header: t('contract.billingAccount'),
            render: (row) => (
              <Stack gap={0}>
                <Text size="sm" ff="monospace">{row.billingAccount.iban ? formatIban(row.billingAccount.iban) : '—'}</Text>
                {/* A bank return blocked debits on this signature: say so where the clerk looks, with the remedy. */}
                {row.sepaMandateBlock && <Text size="xs" c="red">{row.sepaMandateBlock.message}</Text>}
              </Stack>
            ),
          },
          { key: 'subs', header: t('contract.subscriptions'), align: 'right', render: (row) => row.subscriptions.length },
        ]}
      />
    </Stack>
  );
}

export function ClientSubscriptions({ contracts }: { contracts: readonly ClientContractFragment[] }) {
  const { t } = useI18n();
  const rows = contracts.flatMap((contract) => contract.subscriptions.map((subscription) => ({ contract, subscription })));
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.subscription.id}
      emptyLabel={t('client.noSubscriptions')}
      columns={[
        { key: 'tariff', header: t('contract.tariff'), render: (row) => <Anchor component={Link} to={`/subscriptions/${row.subscription.id}`}>{row.subscription.tariff.name}</Anchor> },
        { key: 'contract', header: t('subscription.contract'), render: (row) => <Anchor component={Link} to={`/contracts/${row.contract.id}`}>{row.contract.number}</Anchor> },
        { key: 'state', header: t('subscription.state'), render: (row) => <StateBadge state={row.subscription.state} /> },
        { key: 'billing', header: t('subscription.billing'), render: (row) => <Text size="sm">{row.subscription.billing.reason}</Text> },
      ]}
    />
  );
}
