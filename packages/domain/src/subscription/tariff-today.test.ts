// The tariff shown as current is the one in force today; a later migration is scheduled (docs/billing.md).
import { describe, expect, it } from 'vitest';
import { tariffToday, type TariffChange } from './timeline.js';

const t = (code: string, effectiveDate: string): TariffChange => ({ tariffId: code, tariffCode: code, priceCents: 3000, vatRate: 0.21, effectiveDate });

describe('tariffToday', () => {
  it.each([
    ['no migration', [t('A', '2026-01-01')], '2026-11-20', 'A', null],
    ['a migration in the past', [t('A', '2026-01-01'), t('B', '2026-11-01')], '2026-11-20', 'B', null],
    ['a migration today is in force', [t('A', '2026-01-01'), t('B', '2026-11-20')], '2026-11-20', 'B', null],
    ['a migration tomorrow is scheduled', [t('A', '2026-01-01'), t('B', '2026-11-21')], '2026-11-20', 'A', 'B'],
    ['only the next of two future migrations', [t('A', '2026-01-01'), t('C', '2027-02-01'), t('B', '2026-12-01')], '2026-11-20', 'A', 'B'],
    ['a subscription starting later has its first tariff', [t('A', '2026-12-01'), t('B', '2027-01-01')], '2026-11-20', 'A', 'B'],
    ['no tariff at all', [], '2026-11-20', null, null],
  ] as const)('%s', (_, tariffs, today, current, scheduled) => {
    const r = tariffToday(tariffs, today);
    expect(r.current?.tariffCode ?? null).toBe(current);
    expect(r.scheduled?.tariffCode ?? null).toBe(scheduled);
  });
});
