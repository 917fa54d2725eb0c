// The frame of every signed-in page: navigation on the left, search, language and sign-out on top. On a phone the
// navigation is a drawer behind the menu button; folded away it is inert (no focus, not in the accessibility tree).
import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconBuildingBank, IconChartBar, IconFileInvoice, IconLogout, IconReceipt, IconSettings, IconTags, IconUsers, IconKey } from '@tabler/icons-react';
import { NavLink as RouterNavLink, Navigate, Outlet, useLocation } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MouseEvent, ReactNode } from 'react';
import { session } from '../auth/session';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/es';
import { LanguageSwitch } from './LanguageSwitch';
import { GlobalSearch } from '../routes/search/GlobalSearch';
import { useSignedIn } from './useSession';
import { SignOutDocument } from '../routes/signin/signin.operations';
import { UnsavedChangesProvider } from '../components/UnsavedChanges';

const NAV: { to: string; label: MessageKey; icon: ReactNode; end?: boolean }[] = [
  { to: '/', label: 'nav.dashboard', icon: <IconChartBar size={18} />, end: true },
  { to: '/clients', label: 'nav.clients', icon: <IconUsers size={18} /> },
  { to: '/tariffs', label: 'nav.tariffs', icon: <IconTags size={18} /> },
  { to: '/billing', label: 'nav.billing', icon: <IconReceipt size={18} /> },
  { to: '/invoices', label: 'nav.invoices', icon: <IconFileInvoice size={18} /> },
  { to: '/remittances', label: 'nav.remittances', icon: <IconBuildingBank size={18} /> },
  { to: '/verifactu/rejected', label: 'nav.verifactuRejected', icon: <IconAlertTriangle size={18} /> },
  { to: '/settings', label: 'nav.settings', icon: <IconSettings size={18} />, end: true },
  { to: '/settings/sepa', label: 'nav.sepaSettings', icon: <IconSettings size={18} /> },
  { to: '/partners', label: 'nav.partners', icon: <IconKey size={18} /> },
];

// The skip link jumps over the header and the navigation to the page's h1 (or its main region
// while the page is loading) without touching the router's history.
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById('page-title') ?? document.getElementById('main');
  if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target?.focus();
}

export function Layout() {
  const signedIn = useSignedIn();
  const { t } = useI18n();
  const client = useApolloClient();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below Mantine's `sm` breakpoint (48em) the AppShell folds the navbar into a drawer.
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const folded = phone && !opened;
  const [endSession, { loading: signingOut }] = useMutation(SignOutDocument);

  if (!signedIn) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;

  // The server ends the session and clears the cookie; locally we sign out whatever it answers.
  const signOut = async () => {
    try {
      await endSession();
    } catch {
      // Already ended or unreachable: the cookie is useless either way.
    }
    session.signOut();
    void client.clearStore();
  };

  return (
    <>
    <a className="skip-link" href="#page-title" onClick={skipToContent}>{t('nav.skip')}</a>
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-controls="navigation" aria-expanded={opened} />
            <Text component="span" fw={700} fz="xl">{t('app.name')}</Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">{t('app.tagline')}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <GlobalSearch />
            <LanguageSwitch />
            {/* At phone width the header has room for the icons only; the name stays the same. */}
            <Button variant="subtle" size="xs" leftSection={<IconLogout size={16} />} loading={signingOut} onClick={() => void signOut()} aria-label={t('nav.signOut')}>
              <Box component="span" visibleFrom="xs">{t('nav.signOut')}</Box>
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.name')} id="navigation" inert={folded} aria-hidden={folded || undefined}>
        <ScrollArea>
          {NAV.map((item) => (
            <NavLink key={item.to} component={RouterNavLink} to={item.to} end={item.end} label={t(item.label)} leftSection={item.icon} onClick={close} variant="filled"
              active={item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
      </AppShell.Main>
    </AppShell>
    </>
  );
}
