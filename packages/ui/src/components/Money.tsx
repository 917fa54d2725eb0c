// Money is integer cents (docs/product.md §3); the domain's formatCents is the only formatter.
import { Text, type TextProps } from '@mantine/core';
import { formatCents } from '@antena/domain';
import { useUiLocale } from '../locale';

export interface MoneyProps extends Omit<TextProps, 'children'> {
  cents: number;
  /** Colours negative amounts (credit notes) so they stand out in tables. */
  signed?: boolean;
}

/**
 * @example
 * <Money cents={4538} />            // "45,38 €" in Spanish, "€45.38" in English
 * <Money cents={-1815} signed />    // red, for a credit note
 */
export function Money({ cents, signed = false, ...rest }: MoneyProps) {
  const locale = useUiLocale();
  const color = signed && cents < 0 ? 'red' : undefined;
  return (
    <Text component="span" inherit style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} c={color} {...rest}>
      {formatCents(cents, locale)}
    </Text>
  );
}
