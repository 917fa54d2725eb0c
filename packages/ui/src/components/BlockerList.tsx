// Rule 2 made readable: each deletion blocker with its message, its remedy and a link to the entity to fix.
import { Anchor, List, Stack, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useUiLocale } from '../locale';
import { uiText } from '../strings';

export interface Blocker {
  code: string;
  message: string;
  remedy: string;
  field?: string | null;
  entityType: string;
  entityId: string;
}

export interface BlockerListProps {
  blockers: readonly Blocker[];
  /** Where the entity to fix lives; null when it has no page of its own. */
  linkFor: (entityType: string, entityId: string) => string | null;
  /** Client-side navigation; without it the link is a plain href. */
  onNavigate?: (href: string) => void;
  /** The entity's name as a reader knows it (e.g. "contrato C-0001"); defaults to the entity type. */
  entityLabel?: (blocker: Blocker) => string;
}

/**
 * @example
 * <BlockerList
 *   blockers={client.deletion.blockers}
 *   linkFor={(type, id) => type === 'Contract' ? `/contracts/${id}` : null}
 *   onNavigate={navigate}
 * />
 */
export function BlockerList({ blockers, linkFor, onNavigate, entityLabel }: BlockerListProps) {
  const locale = useUiLocale();
  if (blockers.length === 0) return <Text c="dimmed">{uiText(locale, 'noBlockers')}</Text>;
  return (
    <List spacing="sm" aria-label={uiText(locale, 'blockers')}>
      {blockers.map((blocker, index) => {
        const href = linkFor(blocker.entityType, blocker.entityId);
        const follow = (event: MouseEvent<HTMLAnchorElement>) => {
          if (!onNavigate || !href) return;
          event.preventDefault();
          onNavigate(href);
        };
        const entity = entityLabel ? entityLabel(blocker) : blocker.entityType;
        return (
          <List.Item key={`${blocker.code}-${blocker.entityId}-${index}`} data-code={blocker.code}>
            <Stack gap={2}>
              <Text fw={500}>{blocker.message}</Text>
              <Text size="sm">
                <Text span fw={600} inherit>{uiText(locale, 'remedy')}: </Text>
                {blocker.remedy}
              </Text>
              {href && (
                <Anchor href={href} onClick={follow} size="sm">
                  {uiText(locale, 'goToEntity', { entity })}
                </Anchor>
              )}
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
