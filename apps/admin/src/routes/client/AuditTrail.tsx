// Who changed what and when: IBAN, signature, state and tariff changes in particular.
import { Code, Stack, Text } from '@mantine/core';
import { DataTable } from '@antena/ui';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import type { AuditEntryRowFragment } from '../../gql/graphql';
import { auditAction, auditEntity } from './auditLabels';

export const AuditEntryRowFragmentDoc = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actorType
    actorName
    action
    entityType
    entityId
    changes {
      field
      from
      to
    }
  }
`);

export function AuditTrail({ entries, loading }: { entries: readonly AuditEntryRowFragment[]; loading: boolean }) {
  const { t, language } = useI18n();
  const format = new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <DataTable<AuditEntryRowFragment>
      rows={entries}
      loading={loading}
      rowKey={(row) => row.id}
      emptyLabel={t('client.auditEmpty')}
      columns={[
        { key: 'at', header: t('client.audit.when'), render: (row) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.format(new Date(row.at))}</Text> },
        { key: 'who', header: t('client.audit.who'), render: (row) => row.actorName },
        {
          key: 'what', header: t('client.audit.what'),
          render: (row) => (
            <Stack gap={2}>
              <Text size="sm" fw={500}>{auditAction(row.action, language)} · {auditEntity(row.entityType, language)}</Text>
              {row.changes.map((change) => (
                <Text size="xs" key={change.field}>
                  {change.field}: <Code>{change.from ?? '∅'}</Code> → <Code>{change.to ?? '∅'}</Code>
                </Text>
              ))}
            </Stack>
          ),
        },
      ]}
    />
  );
}
