import { useSyncExternalStore } from 'react';
import { session } from '../auth/session';

export function useSessionToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token);
}
