// A contract's subscriptions and the form to add one on a tariff (it starts PENDING_ACTIVATION).
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable, Money, StateBadge } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { CreateServiceSubscriptionDocument } from './contract.operations';
import type { ContractSubscriptionFragment } from '../../gql/graphql';

export const ContractSubscriptionFragmentDoc = graphql(`
  fragment ContractSubscription on ServiceSubscription {
    id
    state
    tariff {
      id
      code
      name
      priceCents
    }
    billing {
      billable
      code
      reason
    }
  }
`);

export function ContractSubscriptions({ contractId, acceptsSubscriptions, subscriptions, tariffs }: {
  contractId: string;
  /** The domain's checkAddSubscription: a terminated contract takes no new subscription. */
  acceptsSubscriptions: boolean;
  subscriptions: readonly ContractSubscriptionFragment[];
  tariffs: readonly { id: string; code: string; name: string }[];
}) {
  const { t } = useI18n();
  const [tariffId, setTariffId] = useState<string | null>(null);
  const { run } = useSubmit(null);
  const [create, { loading }] = useMutation(CreateServiceSubscriptionDocument, { refetchQueries: ['ContractPage'] });

  const add = async () => {
    if (!tariffId) return;
    const result = await run(() => create({ variables: { input: { contractId, tariffId } } }));
    if (result?.data) {
      notifySuccess(t('contract.subscriptionCreated'));
      setTariffId(null);
    }
  };

  return (
    <Stack>
      <DataTable<ContractSubscriptionFragment>
        rows={subscriptions}
        rowKey={(row) => row.id}
        emptyLabel={t('contract.noSubscriptions')}
        columns={[
          { key: 'tariff', header: t('contract.tariff'), render: (row) => <Anchor component={Link} to={`/subscriptions/${row.id}`}>{row.tariff.name}</Anchor> },
          { key: 'price', header: t('tariffs.price'), align: 'right', render: (row) => <Money cents={row.tariff.priceCents} /> },
          { key: 'state', header: t('subscription.state'), render: (row) => <StateBadge state={row.state} /> },
          { key: 'billing', header: t('subscription.billing'), render: (row) => <Text size="sm" c={row.billing.billable ? undefined : 'dimmed'}>{row.billing.reason}</Text> },
        ]}
      />
      {acceptsSubscriptions && <Group align="flex-end">
        <Select label={t('contract.tariff')} placeholder={t('contract.tariff')} value={tariffId} onChange={setTariffId} w={320}
          data={tariffs.map((tariff) => ({ value: tariff.id, label: `${tariff.code} · ${tariff.name}` }))} />
        <Button onClick={() => void add()} loading={loading} disabled={!tariffId}>{t('contract.addSubscription')}</Button>
      </Group>}
    </Stack>
  );
}
