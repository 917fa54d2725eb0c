// Whether this browser has an admin session. The session itself is an httpOnly cookie page scripts
// cannot read (docs/security.md); all the SPA keeps is when it expires, so a reload knows to show
// the app rather than the sign-in page. The server stays the judge: an UNAUTHENTICATED answer
// ends the session here too.
const KEY = 'antena.session';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export const session = {
  /** True while a session started here has not expired (nor been ended). */
  active(): boolean {
    const expiresAt = read();
    return expiresAt !== null && Date.parse(expiresAt) > Date.now();
  },
  signIn(expiresAt: string): void {
    localStorage.setItem(KEY, expiresAt);
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

/** Sent with every request that relies on the session cookie: the server refuses the cookie without it. */
export const CSRF_HEADERS = { 'x-antena-csrf': '1' } as const;
