// UI strings by key in the chosen language, ICU patterns rendered by the domain's formatter (plurals, dates and
// money like every server message); switching also refetches active queries so the server's sentences
// (blockers, explanations) arrive in the new language.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { UiLocaleProvider } from '@antena/ui';
import { formatMessage } from '@antena/domain';
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

/** The sentence of `key` in `language`: ICU plurals and selects, ISO dates as DD/MM/YYYY, `…Cents` integers as money. */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const pattern = DICTIONARIES[language][key];
  return pattern === undefined ? key : formatMessage(pattern, language, params);
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
