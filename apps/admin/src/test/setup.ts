// RTL cleans up automatically only with vitest globals, which are off here.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { takeUnexpectedRequests } from './typed';

afterEach(() => {
  cleanup();
  localStorage.clear();
  const sent = takeUnexpectedRequests();
  if (sent.length > 0) throw new Error(`operations declared unreachable were sent: ${sent.join(', ')}`);
});
