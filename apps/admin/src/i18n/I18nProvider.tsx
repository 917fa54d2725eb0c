// UI strings by key in the chosen language; switching also refetches active queries so the
// server's sentences (blockers, explanations) arrive in the new language.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { UiLocaleProvider } from '@antena/ui';
import { es, type MessageKey } from './es';
import { en } from './en';
import { languageStore, type Language } from './language';

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { es, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return (DICTIONARIES[language][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.get);
  const setLanguage = useCallback(
    (next: Language) => {
      languageStore.set(next);
      void client.refetchQueries({ include: 'active' });
    },
    [client],
  );
  const value = useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return (
    <I18nContext.Provider value={value}>
      <UiLocaleProvider locale={language}>{children}</UiLocaleProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
