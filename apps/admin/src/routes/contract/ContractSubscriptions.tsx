// A contract's subscriptions and the form to add one on a tariff (it starts PENDING_ACTIVATION) from a start
// date, today unless the clerk says otherwise; an earlier day back-dates it as far as the API's rule for a
// first state allows (docs/product.md §3), a refusal lands on the date field.
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { todayFrom } from '@antena/domain';
import { DataTable, DateField, Money, StateBadge } from '@antena/ui';
import { validators } from '../../components/validators';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { CreateServiceSubscriptionDocument } from './contract.operations';
import type { ContractSubscriptionFragment } from '../../gql/graphql';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

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
  const { t, language } = useI18n();
  const v = validators(language);
  const form = useForm<{ tariffId: string | null; startDate: string }>({
    initialValues: { tariffId: null, startDate: todayFrom(new Date()) },
    validate: { tariffId: v.required, startDate: v.date },
  });
  const { run } = useSubmit(form);
  useUnsavedChanges(form.isDirty());
  const [create, { loading }] = useMutation(CreateServiceSubscriptionDocument, { refetchQueries: ['ContractPage'] });

  const add = form.onSubmit(async ({ tariffId, startDate }) => {
    const result = await run(() => create({ variables: { input: { contractId, tariffId: tariffId!, startDate } } }));
    if (result?.data) {
      notifySuccess(t('contract.subscriptionCreated'));
      form.setInitialValues({ tariffId: null, startDate: todayFrom(new Date()) });
      form.reset();
    }
  });

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
      {acceptsSubscriptions && <form onSubmit={add} noValidate>
        <Group align="flex-start">
          <Select label={t('contract.tariff')} placeholder={t('contract.tariff')} w={320}
            data={tariffs.map((tariff) => ({ value: tariff.id, label: `${tariff.code} · ${tariff.name}` }))} {...form.getInputProps('tariffId')} />
          <DateField label={t('contract.startDate')} w={190} {...form.getInputProps('startDate')} />
          <Button type="submit" mt={25} loading={loading} disabled={!form.getValues().tariffId}>{t('contract.addSubscription')}</Button>
        </Group>
      </form>}
    </Stack>
  );
}
