// Decorators through SWC (STYLE §12), one fresh database per test file (test/harness.ts).
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { useDefineForClassFields: false, decoratorMetadata: true, legacyDecorator: true }, target: 'es2022' },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files in parallel would fight over CPU; one after another is faster and steadier.
    fileParallelism: false,
    pool: 'forks',
  },
});
