// Previous/next paging over a Relay connection. The server gives only forward cursors, so the cursors
// of the pages already seen are kept here and "Previous" goes back through them.
import { Button, Group } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface CursorPages {
  /** The `after` argument of the page being shown. */
  after: string | null;
  hasPrevious: boolean;
  previous: () => void;
  next: (endCursor: string | null | undefined) => void;
  /** Back to the first page (e.g. when the search changes). */
  reset: () => void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const next = useCallback((endCursor: string | null | undefined) => { if (endCursor) setCursors((c) => [...c, endCursor]); }, []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after: cursors[cursors.length - 1] ?? null, hasPrevious: cursors.length > 1, previous, next, reset };
}

export function CursorPager({ pages, pageInfo }: { pages: CursorPages; pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined }) {
  const { t } = useI18n();
  return (
    <Group gap="xs">
      <Button variant="default" disabled={!pages.hasPrevious} onClick={pages.previous}>{t('common.previous')}</Button>
      <Button variant="default" disabled={!pageInfo?.hasNextPage} onClick={() => pages.next(pageInfo?.endCursor)}>{t('common.next')}</Button>
    </Group>
  );
}
