// Global search (docs/search.md): Ctrl+K / Cmd+K or the header button opens a dialog; what is typed finds
// clients, contracts and invoices by any of their identifiers. A combobox with a listbox of options grouped
// by kind: arrow keys move, Enter opens the page of the highlighted hit, Escape closes.
import { ActionIcon, Alert, Badge, Box, Button, Group, Kbd, Loader, Modal, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { formatCents } from '@antena/domain';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/es';
import { linkFor } from '../links';
import { GlobalSearchDocument } from './search.operations';

interface Hit { key: string; kind: 'Client' | 'Contract' | 'Invoice'; id: string; title: string; detail: string; badge: string | null }

const GROUPS: { kind: Hit['kind']; label: MessageKey }[] = [
  { kind: 'Client', label: 'search.clients' },
  { kind: 'Contract', label: 'search.contracts' },
  { kind: 'Invoice', label: 'search.invoices' },
];

/** The header button and the dialog it opens; Ctrl+K / Cmd+K opens it from anywhere, even from a text field. */
export function GlobalSearch() {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconSearch size={16} />} onClick={() => setOpened(true)} aria-keyshortcuts="Control+K Meta+K"
        rightSection={<Kbd size="xs">Ctrl K</Kbd>} visibleFrom="sm">
        {t('search.open')}
      </Button>
      {/* At phone width the header keeps only the icon. */}
      <ActionIcon variant="default" size="lg" hiddenFrom="sm" onClick={() => setOpened(true)} aria-label={t('search.open')} aria-keyshortcuts="Control+K Meta+K">
        <IconSearch size={18} />
      </ActionIcon>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('search.title')} size="lg" yOffset="10vh">
        {opened && <SearchPanel onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

export function SearchPanel({ onDone }: { onDone: () => void }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [term, setTerm] = useState('');
  const [debounced] = useDebouncedValue(term, 200);
  const [active, setActive] = useState(0);
  const asked = debounced.trim();
  const { data, previousData, loading, error } = useQuery(GlobalSearchDocument, { variables: { term: asked, first: 5 }, skip: asked === '' });
  const result = (data ?? previousData)?.globalSearch;

  const hits = useMemo<Hit[]>(() => {
    if (!result || asked === '') return [];
    return [
      ...result.clients.map((c) => ({ key: `c-${c.id}`, kind: 'Client' as const, id: c.id, title: c.name, detail: `${c.code} · ${c.taxId}`, badge: c.archivedAt ? t('search.archived') : null })),
      ...result.contracts.map((k) => ({ key: `k-${k.id}`, kind: 'Contract' as const, id: k.id, title: k.number, detail: k.client.name, badge: null })),
      ...result.invoices.map((i) => ({ key: `i-${i.id}`, kind: 'Invoice' as const, id: i.id, title: i.number, detail: `${i.client.name} · ${formatCents(i.totalCents, language)}`, badge: null })),
    ];
  }, [result, asked, t, language]);
  useEffect(() => setActive(0), [hits]);

  const open = (hit: Hit | undefined) => {
    const to = hit && linkFor(hit.kind, hit.id);
    if (!to) return;
    onDone();
    void navigate(to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => (a + 1) % hits.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => (a - 1 + hits.length) % hits.length); }
    else if (event.key === 'Home') { event.preventDefault(); setActive(0); }
    else if (event.key === 'End') { event.preventDefault(); setActive(hits.length - 1); }
    else if (event.key === 'Enter') { event.preventDefault(); open(hits[active]); }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const problem = error ? describeError(error, t('common.error')) : null;
  const showList = hits.length > 0 && !problem;

  return (
    <Box>
      <TextInput data-autofocus label={t('search.label')} description={t('search.hint')} value={term} onChange={(e) => setTerm(e.currentTarget.value)}
        onKeyDown={onKeyDown} leftSection={<IconSearch size={16} />} rightSection={loading ? <Loader size="xs" /> : null}
        role="combobox" aria-autocomplete="list" aria-expanded={showList} aria-controls={listId}
        aria-activedescendant={showList ? optionId(active) : undefined} autoComplete="off" spellCheck={false} />
      {problem && (
        <Alert color="red" mt="sm" role="alert" title={problem.message}>{problem.remedy}</Alert>
      )}
      <div role="status" className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {asked !== '' && result && !loading ? t('search.count', { count: hits.length }) : ''}
      </div>
      {asked !== '' && result && !loading && !problem && hits.length === 0 && (
        <Text mt="md" c="dimmed">{t('search.none', { term: asked })}</Text>
      )}
      <Box id={listId} role="listbox" aria-label={t('search.results')} mt="md" hidden={!showList}>
        {GROUPS.map((group) => {
          const inGroup = hits.map((hit, i) => ({ hit, i })).filter(({ hit }) => hit.kind === group.kind);
          if (inGroup.length === 0) return null;
          const headId = `${id}-${group.kind}`;
          return (
            <Box key={group.kind} role="group" aria-labelledby={headId} mb="sm">
              <Text id={headId} size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>{t(group.label)}</Text>
              {inGroup.map(({ hit, i }) => (
                <UnstyledButton key={hit.key} id={optionId(i)} role="option" aria-selected={i === active} tabIndex={-1} w="100%" px="sm" py={6}
                  onMouseEnter={() => setActive(i)} onClick={() => open(hit)}
                  style={{ borderRadius: 4, display: 'block', background: i === active ? 'var(--mantine-color-blue-light)' : undefined }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} size="sm">{hit.title}</Text>
                    {hit.badge && <Badge size="xs" color="gray">{hit.badge}</Badge>}
                  </Group>
                  <Text size="xs" c="dimmed">{hit.detail}</Text>
                </UnstyledButton>
              ))}
            </Box>
          );
        })}
      </Box>
      <Text size="xs" c="dimmed" mt="xs">{t('search.keys')}</Text>
    </Box>
  );
}
