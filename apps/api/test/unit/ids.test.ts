import { expect, test } from 'vitest';
import { newId } from '../../src/db/ids.js';

test('ids made in the same millisecond sort in creation order', () => {
  const ids = Array.from({ length: 5000 }, () => newId(1_800_000_000_000));
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
