import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BillingAccountExplanation, DateOnly, ExplanationPanel, StateBadge } from '@antena/ui';
import { formatIban } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { DeletionPanel } from '../../components/deletion/DeletionPanel';
import { ContractPageDocument, DeleteContractDocument } from './contract.operations';
import { SignatureForm } from './SignatureForm';
import { ContractSubscriptions } from './ContractSubscriptions';
import { TerminateContract } from './TerminateContract';
import { PageTitle } from '../../components/PageTitle';

export function ContractPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<'sign' | 'edit' | null>(null);
  const { data, loading, error, refetch } = useQuery(ContractPageDocument, { variables: { id } });
  const [deleteContract] = useMutation(DeleteContractDocument);
  // What may be done is the API's answer (Contract.availableActions): this page re-derives no lifecycle rule.
  const can = (action: string) => data?.contract?.availableActions.some((a) => a.action === action && a.available) ?? false;

  return (
    <QueryState data={data?.contract} loading={loading} error={error} onRetry={() => void refetch()}>
      {(contract) => (
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Group gap="sm">
                <PageTitle>{t('contract.title', { number: contract.number })}</PageTitle>
                <StateBadge state={contract.status} size="lg" />
              </Group>
              <Text>{t('contract.client')}: <Anchor component={Link} to={`/clients/${contract.client.id}`}>{contract.client.name}</Anchor></Text>
            </Stack>
            {can('TERMINATE') && <TerminateContract contractId={contract.id} number={contract.number} version={contract.version} />}
          </Group>
          <BillingAccountExplanation account={contract.billingAccount} />
          {contract.sepaMandateBlock && (
            <ExplanationPanel tone="refusal" title={t('contract.sepaBlocked')}>
              <Text size="sm" data-testid="sepa-mandate-block">{contract.sepaMandateBlock.message}</Text>
              <Text size="sm" c="dimmed">{contract.sepaMandateBlock.remedy}</Text>
            </ExplanationPanel>
          )}
          <Card withBorder>
            <Stack>
              <Group justify="space-between">
                <Title order={2} size="h4">{t('contract.signature')}</Title>
                {!editing && can('UPDATE_SIGNATURE') && <Button variant="light" onClick={() => setEditing('edit')}>{t('contract.editSignature')}</Button>}
                {!editing && can('SIGN') && <Button onClick={() => setEditing('sign')}>{t('contract.sign')}</Button>}
              </Group>
              {editing ? (
                <SignatureForm contractId={contract.id} version={contract.version} mode={editing} onDone={() => setEditing(null)}
                  initial={contract.signature
                    ? { iban: formatIban(contract.signature.iban), mandateReference: contract.signature.mandateReference }
                    : { signerName: contract.client.name, signerTaxId: contract.client.taxId, iban: contract.client.iban ? formatIban(contract.client.iban) : '' }} />
              ) : contract.signature ? (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Field label={t('contract.signedAt')}><DateOnly value={contract.signature.signedAt} /></Field>
                  <Field label={t('contract.signerName')}>{contract.signature.signerName}</Field>
                  <Field label={t('contract.signerTaxId')}>{contract.signature.signerTaxId}</Field>
                  <Field label={t('contract.iban')}><Text ff="monospace" span>{formatIban(contract.signature.iban)}</Text></Field>
                  <Field label={t('contract.mandateReference')}>{contract.signature.mandateReference}</Field>
                </SimpleGrid>
              ) : (
                <Text c="dimmed">{t('contract.unsigned')}</Text>
              )}
            </Stack>
          </Card>
          <Title order={2} size="h4">{t('contract.subscriptions')}</Title>
          <ContractSubscriptions contractId={contract.id} acceptsSubscriptions={can('ADD_SUBSCRIPTION')} subscriptions={contract.subscriptions} tariffs={data?.tariffs ?? []} />
          <DeletionPanel
            check={contract.deletion}
            buttonLabel={t('deletion.contractButton')}
            confirmText={t('deletion.confirmContract', { number: contract.number })}
            onCheck={() => refetch()}
            onDelete={async () => (await deleteContract({ variables: { id: contract.id } })).data?.deleteContract}
            onDeleted={() => void navigate(`/clients/${contract.client.id}`)}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </Stack>
  );
}
