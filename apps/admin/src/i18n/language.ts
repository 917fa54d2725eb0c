// The chosen language lives outside React so the Apollo link can put it in Accept-Language:
// server messages (blockers, explanations, errors) then follow the same switch as the UI.
export type Language = 'es' | 'en';

const KEY = 'antena.language';
const listeners = new Set<() => void>();

function initial(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'es';
  } catch {
    return 'es';
  }
}

let current: Language = initial();
// A reload keeps the stored language: <html lang> must say so from the start, not only after a switch.
if (typeof document !== 'undefined') document.documentElement.lang = current;

export const languageStore = {
  get: (): Language => current,
  set(next: Language): void {
    if (next === current) return;
    current = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // private mode: the switch still works for this tab
    }
    document.documentElement.lang = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
