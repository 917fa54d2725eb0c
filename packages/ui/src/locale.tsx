// The UI package carries its own few strings (es/en) so it can be used outside the admin SPA;
// the host app passes its chosen language through <UiLocaleProvider>.
import { createContext, useContext, type ReactNode } from 'react';

export type UiLocale = 'es' | 'en';

const LocaleContext = createContext<UiLocale>('es');

export function UiLocaleProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useUiLocale(): UiLocale {
  return useContext(LocaleContext);
}
