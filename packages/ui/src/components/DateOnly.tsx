// Dates are calendar days (YYYY-MM-DD), not instants: formatted in UTC so no time zone can shift the day.
import { Text, type TextProps } from '@mantine/core';
import { formatDay } from '@antena/domain';
import { useUiLocale, type UiLocale } from '../locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_PERIOD = /^(\d{4})-(\d{2})$/;

export function formatDateOnly(value: string, locale: UiLocale): string {
  if (ISO_DATE.test(value)) return formatDay(value);
  const period = ISO_PERIOD.exec(value);
  if (period) {
    const date = new Date(Date.UTC(Number(period[1]), Number(period[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(date);
  }
  return value;
}

export interface DateOnlyProps extends Omit<TextProps, 'children'> {
  /** 'YYYY-MM-DD' or a period 'YYYY-MM'; null renders a dash. */
  value: string | null | undefined;
}

/**
 * @example
 * <DateOnly value="2026-11-16" />   // "16/11/2026" (es), "16/11/2026" (en-GB)
 * <DateOnly value="2026-11" />      // "noviembre de 2026" / "November 2026"
 */
export function DateOnly({ value, ...rest }: DateOnlyProps) {
  const locale = useUiLocale();
  return (
    <Text component="span" inherit style={{ whiteSpace: 'nowrap' }} {...rest}>
      {value ? <time dateTime={value}>{formatDateOnly(value, locale)}</time> : '—'}
    </Text>
  );
}
