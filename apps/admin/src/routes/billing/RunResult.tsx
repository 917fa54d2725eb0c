import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ExplanationPanel, Money } from '@antena/ui';
import { formatCents } from '@antena/domain';
import { useI18n } from '../../i18n/I18nProvider';
import type { BillingRunFieldsFragment } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/es';

const SKIP_KEYS: Record<string, MessageKey> = {
  ALREADY_INVOICED: 'billing.skip.ALREADY_INVOICED', NOTHING_TO_BILL: 'billing.skip.NOTHING_TO_BILL', CATCH_UP_NEXT: 'billing.skip.CATCH_UP_NEXT',
  ALL_NON_BILLABLE: 'billing.skip.ALL_NON_BILLABLE', ZERO_TOTAL: 'billing.skip.ZERO_TOTAL', NEGATIVE_TOTAL: 'billing.skip.NEGATIVE_TOTAL',
  INPUT_INVALID: 'billing.skip.INPUT_INVALID',
};

/** Why contracts were left out, in words with its count ("3 contratos ya facturados"), never the raw code. */
export const skipKey = (code: string): MessageKey => SKIP_KEYS[code] ?? 'billing.skip.OTHER';

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
          <Stack gap={2}>
            <Text size="sm">{t('billing.skipped')}:</Text>
            <ul data-testid="run-skips" style={{ margin: 0 }}>
              {run.skippedByReason.map((s) => <li key={s.code}><Text size="sm" span>{t(skipKey(s.code), { count: s.count })}</Text></li>)}
            </ul>
          </Stack>
        )}
        <Text size="sm">{t('common.total')}: <Money cents={run.totalCents} signed /></Text>
        <Anchor component={Link} to="/invoices">{t('billing.invoicesCreated')}</Anchor>
      </Stack>
    </ExplanationPanel>
  );
}
