// <html lang> follows the language from the first render after a reload, not only after a switch.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => { localStorage.clear(); vi.resetModules(); });

describe('languageStore', () => {
  it('sets <html lang> from the stored language on load, and on every switch', async () => {
    document.documentElement.lang = 'es';
    localStorage.setItem('antena.language', 'en');
    vi.resetModules();
    const { languageStore } = await import('./language');
    expect(languageStore.get()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    languageStore.set('es');
    expect(document.documentElement.lang).toBe('es');
  });
});
