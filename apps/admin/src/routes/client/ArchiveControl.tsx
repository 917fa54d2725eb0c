// Archive instead of delete (docs/rules.md §1 rule 2, "Archive"): asks once more saying what archiving does;
// a refusal (a live subscription) is the API's, shown with its remedy.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog, DateOnly, ExplanationPanel } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../apollo/errors';
import { notifySuccess } from '../../components/notify';

export const ArchiveClientDocument = graphql(`
  mutation ArchiveClient($id: ID!, $version: Int!) {
    archiveClient(id: $id, version: $version) { id archivedAt version }
  }
`);
export const UnarchiveClientDocument = graphql(`
  mutation UnarchiveClient($id: ID!, $version: Int!) {
    unarchiveClient(id: $id, version: $version) { id archivedAt version }
  }
`);

export function ArchiveControl({ client }: { client: { id: string; version: number; name: string; archivedAt?: string | null } }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<{ message: string; remedy: string | null } | null>(null);
  const options = { refetchQueries: ['ClientPage'], awaitRefetchQueries: true };
  const [archive, archiving] = useMutation(ArchiveClientDocument, options);
  const [unarchive, unarchiving] = useMutation(UnarchiveClientDocument, options);
  const archived = !!client.archivedAt;

  const confirm = async () => {
    setProblem(null);
    try {
      const variables = { id: client.id, version: client.version };
      if (archived) await unarchive({ variables });
      else await archive({ variables });
      notifySuccess(t(archived ? 'archive.unarchived' : 'archive.archived'));
      setConfirming(false);
    } catch (error) {
      const report = describeError(error, t('common.error'));
      setProblem({ message: report.message, remedy: report.remedy });
    }
  };

  return (
    <Stack gap="sm">
      {archived && (
        <ExplanationPanel tone="info" title={t('archive.isArchived')}>
          <Text size="sm">{t('archive.since')} <DateOnly value={client.archivedAt!.slice(0, 10)} />. {t('archive.readOnly')}</Text>
        </ExplanationPanel>
      )}
      <Group>
        <Button variant="light" color={archived ? undefined : 'gray'} onClick={() => { setProblem(null); setConfirming(true); }} w="fit-content">
          {t(archived ? 'archive.unarchiveButton' : 'archive.button')}
        </Button>
      </Group>
      <ConfirmDialog opened={confirming} busy={archiving.loading || unarchiving.loading}
        title={t(archived ? 'archive.unarchiveTitle' : 'archive.title', { name: client.name })}
        confirmLabel={t(archived ? 'archive.unarchiveButton' : 'archive.button')}
        onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <Stack gap="xs">
          <Text>{t(archived ? 'archive.unarchiveText' : 'archive.text')}</Text>
          {problem && <ExplanationPanel tone="refusal" title={problem.message}>{problem.remedy}</ExplanationPanel>}
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}
