import { describe, expect, it } from 'vitest';
import { countByState, totalsByPeriod } from './aggregate';

describe('dashboard aggregations', () => {
  it('sums totals per period in calendar order, credit notes subtracting', () => {
    expect(totalsByPeriod([
      { period: '2026-12', totalCents: 8168 },
      { period: '2026-11', totalCents: 3630 },
      { period: '2026-11', totalCents: -1815 },
    ])).toEqual([{ period: '2026-11', totalCents: 1815 }, { period: '2026-12', totalCents: 8168 }]);
  });

  it('counts states in the given order, zero for absent ones', () => {
    expect(countByState(['ACTIVE', 'ACTIVE', 'SUSPENDED'], ['PENDING_ACTIVATION', 'ACTIVE', 'SUSPENDED'])).toEqual([
      { state: 'PENDING_ACTIVATION', count: 0 }, { state: 'ACTIVE', count: 2 }, { state: 'SUSPENDED', count: 1 },
    ]);
  });
});
