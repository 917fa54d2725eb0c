import { useSyncExternalStore } from 'react';
import { session } from '../auth/session';

export function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.active);
}
