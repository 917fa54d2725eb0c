// Leaving a form with edits asks first: navigation inside the SPA through the router's blocker (a
// dialog), closing or reloading the tab through the browser's own beforeunload prompt.
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@antena/ui';
import { useI18n } from '../i18n/I18nProvider';

export function UnsavedChangesPrompt({ dirty }: { dirty: boolean }) {
  const { t } = useI18n();
  // Only a move to another page: the same path with other search parameters keeps the form.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <ConfirmDialog
      opened={blocker.state === 'blocked'}
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.stay')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('unsaved.text')}
    </ConfirmDialog>
  );
}
