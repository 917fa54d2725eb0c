import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ExplanationPanel, Money } from '@antena/ui';
import { formatCents } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import type { BillingRunFieldsFragment } from '../../gql/graphql';

export function RunResult({ run }: { run: BillingRunFieldsFragment }) {
  const { t, language } = useI18n();
  const credit = run.kind === 'MASS_CREDIT';
  const text = credit ? 'billing.massCreditResult' : 'billing.resultText';
  return (
    <ExplanationPanel tone="ok" title={`${t('billing.result')} · ${run.period}`} data-testid="run-result">
      <Stack gap={4}>
        <Text>{t(text, { count: run.invoiceCount, total: formatCents(run.totalCents, language) })}</Text>
        {run.firstNumber && <Text size="sm" ff="monospace">{run.firstNumber}{run.lastNumber && run.lastNumber !== run.firstNumber ? ` … ${run.lastNumber}` : ''}</Text>}
        {run.skippedByReason.length > 0 && (
          <Group gap="xs">
            <Text size="sm">{t('billing.skipped')}:</Text>
            {run.skippedByReason.map((s) => <Text size="sm" key={s.code} ff="monospace">{s.code} × {s.count}</Text>)}
          </Group>
        )}
        <Text size="sm">{t('common.total')}: <Money cents={run.totalCents} signed /></Text>
        <Anchor component={Link} to="/invoices">{t('billing.invoicesCreated')}</Anchor>
      </Stack>
    </ExplanationPanel>
  );
}
