// Rule 1's answer to "which account is this charged to, and why": the IBAN, its source and the server's sentence.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatIban } from '@antena/domain';
import { useUiLocale } from '../locale';
import { uiText } from '../strings';
import { ExplanationPanel } from './ExplanationPanel';

export type BillingAccountSourceName = 'CONTRACT_SIGNATURE' | 'CLIENT_PROFILE' | 'NONE';

export interface BillingAccountLike {
  iban?: string | null;
  source: BillingAccountSourceName;
  explanation: string;
}

/**
 * @example
 * <BillingAccountExplanation account={{
 *   iban: 'ES9121000418450200051332', source: 'CONTRACT_SIGNATURE',
 *   explanation: 'El contrato C-0001 está firmado: se cobra en la cuenta de su firma.',
 * }} />
 */
export function BillingAccountExplanation({ account, title }: { account: BillingAccountLike; title?: string }) {
  const locale = useUiLocale();
  const heading = account.iban
    ? <Group gap="xs"><span>{uiText(locale, 'chargedTo')}</span><Text span ff="monospace" inherit data-testid="billing-iban">{formatIban(account.iban)}</Text></Group>
    : uiText(locale, 'noAccount');
  return (
    <ExplanationPanel tone={account.source === 'NONE' ? 'warning' : 'info'} title={title ?? heading}>
      <Stack gap={4}>
        {title && account.iban && <Text ff="monospace" data-testid="billing-iban">{formatIban(account.iban)}</Text>}
        <Group gap="xs">
          <Badge variant="outline" size="sm">{uiText(locale, `source.${account.source}`)}</Badge>
        </Group>
        <Text size="sm">{account.explanation}</Text>
      </Stack>
    </ExplanationPanel>
  );
}
