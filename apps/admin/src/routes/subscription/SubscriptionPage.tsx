import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { ExplanationPanel, Money, StateBadge } from '@antena/ui';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { DeletionPanel } from '../../components/deletion/DeletionPanel';
import { DeleteServiceSubscriptionDocument, SubscriptionPageDocument } from './subscription.operations';
import { StateChangeForm } from './StateChangeForm';
import { TariffMigrationForm } from './TariffMigrationForm';
import { Bonuses } from './Bonuses';
import { AdditionalAmounts } from './AdditionalAmounts';
import { Timeline } from './Timeline';
import { PageTitle } from '../../components/PageTitle';

export function SubscriptionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(SubscriptionPageDocument, { variables: { id } });
  const [deleteSubscription] = useMutation(DeleteServiceSubscriptionDocument);

  return (
    <QueryState data={data?.serviceSubscription} loading={loading} error={error} onRetry={() => void refetch()}>
      {(subscription) => (
        <Stack>
          <Stack gap={2}>
            <Group gap="sm">
              <PageTitle>{t('subscription.title', { tariff: subscription.tariff.name })}</PageTitle>
              <StateBadge state={subscription.state} size="lg" />
            </Group>
            <Text>
              {t('subscription.contract')}: <Anchor component={Link} to={`/contracts/${subscription.contract.id}`}>{subscription.contract.number}</Anchor>
              {' · '}
              <Anchor component={Link} to={`/clients/${subscription.contract.client.id}`}>{subscription.contract.client.name}</Anchor>
              {' · '}
              {subscription.tariff.code} <Money cents={subscription.tariff.priceCents} />
            </Text>
            {subscription.scheduledTariffChange && (
              <Text size="sm" data-testid="scheduled-tariff">
                {t('subscription.scheduledTariff', { tariff: subscription.scheduledTariffChange.tariff.code, date: subscription.scheduledTariffChange.effectiveFrom })}
                {' · '}<Money cents={subscription.scheduledTariffChange.tariff.priceCents} />
              </Text>
            )}
          </Stack>
          <ExplanationPanel tone={subscription.billing.billable ? 'ok' : 'info'}
            title={`${t('subscription.billing')}: ${subscription.billing.billable ? t('subscription.billable') : t('subscription.notBillable')}`}>
            {subscription.billing.reason}
          </ExplanationPanel>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{t('subscription.timeline')}</Title>
              <Timeline subscription={subscription} />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{t('subscription.changeState')}</Title>
              <StateChangeForm subscriptionId={subscription.id} allowed={subscription.allowedTransitions} />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{t('subscription.migrate')}</Title>
              <TariffMigrationForm subscriptionId={subscription.id} currentTariffId={subscription.tariff.id} tariffs={data?.tariffs ?? []} />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{t('subscription.bonuses')}</Title>
              <Bonuses subscriptionId={subscription.id} bonuses={subscription.bonuses} />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{t('subscription.additional')}</Title>
              <AdditionalAmounts subscriptionId={subscription.id} amounts={subscription.additionalAmounts} />
            </Stack>
          </Card>
          <DeletionPanel
            check={subscription.deletion}
            buttonLabel={t('deletion.subscriptionButton')}
            confirmText={t('deletion.confirmSubscription')}
            onCheck={() => refetch()}
            onDelete={async () => (await deleteSubscription({ variables: { id: subscription.id } })).data?.deleteServiceSubscription}
            onDeleted={() => void navigate(`/contracts/${subscription.contract.id}`)}
          />
        </Stack>
      )}
    </QueryState>
  );
}
