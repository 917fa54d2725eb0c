// Leaving a form with edits asks first: navigation inside the SPA through the router's blocker (a
// dialog), closing or reloading the tab through the browser's own beforeunload prompt.
// The router honours one blocker at a time, and a page may hold several forms (a subscription has five),
// so one provider (in the Layout) owns the blocker and every form only says whether it has edits:
// `useUnsavedChanges(dirty)`, or `<UnsavedChangesPrompt dirty={…} />` where a hook does not fit.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@antena/ui';
import { useI18n } from '../i18n/I18nProvider';

interface Registry {
  set(id: string, dirty: boolean): void;
}

const UnsavedContext = createContext<Registry | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const dirtyForms = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);

  const registry = useMemo<Registry>(() => ({
    set(id, dirty) {
      if (dirty) dirtyForms.current.add(id);
      else dirtyForms.current.delete(id);
      setAnyDirty(dirtyForms.current.size > 0);
    },
  }), []);

  // Read at the moment of the navigation (not from the last render), so a form saved and released in the
  // same tick as its navigate() does not ask. Only a move to another page: the same path with other search
  // parameters keeps the form.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyForms.current.size > 0 && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!anyDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  const leave = () => {
    // The forms left behind unmount; until then nothing of theirs may block the navigation again.
    dirtyForms.current.clear();
    setAnyDirty(false);
    blocker.proceed?.();
  };

  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('unsaved.title')}
        confirmLabel={t('unsaved.leave')}
        cancelLabel={t('unsaved.stay')}
        danger
        onConfirm={leave}
        onCancel={() => blocker.reset?.()}
      >
        {t('unsaved.text')}
      </ConfirmDialog>
    </UnsavedContext.Provider>
  );
}

/**
 * Tells the page's provider whether this form has edits (for a dialog: `opened && form.isDirty()`).
 * `release()` after a save that navigates at once: the edits are kept, nothing asks any more.
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void } {
  const registry = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, dirty);
    return () => registry?.set(id, false);
  }, [registry, id, dirty]);
  const release = useCallback(() => registry?.set(id, false), [registry, id]);
  return { release };
}

/** The same as `useUnsavedChanges(dirty)`, as an element inside a form. */
export function UnsavedChangesPrompt({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  return null;
}
