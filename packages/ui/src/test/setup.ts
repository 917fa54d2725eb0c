// RTL only cleans up automatically with vitest globals, which this package does not enable.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
