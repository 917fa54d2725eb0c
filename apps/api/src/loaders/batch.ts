// Small helpers for DataLoader batch functions: fetch by keys, map back in key order.
import DataLoader from 'dataloader';

export function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function groupedBy<T>(key: (row: T) => string, fetch: (keys: readonly string[]) => Promise<T[]>): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(key(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
