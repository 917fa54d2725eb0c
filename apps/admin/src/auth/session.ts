// The bearer token from `login`, kept in localStorage so a reload keeps the session.
const KEY = 'antena.token';
const listeners = new Set<() => void>();

export const session = {
  token(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  signIn(token: string): void {
    localStorage.setItem(KEY, token);
    listeners.forEach((l) => l());
  },
  signOut(): void {
    localStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
