// Decorators through SWC, one fresh database per test file (test/harness.ts).
import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { useDefineForClassFields: false, decoratorMetadata: true, legacyDecorator: true }, target: 'es2022' },
    }),
  ],
  resolve: {
    // One graphql instance: type-graphql (CJS) loads graphql's CJS build, so our imports must too
    // (Vite would pick the "module" build and GraphQL refuses types "from another realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files in parallel would fight over CPU; one after another is faster and steadier.
    fileParallelism: false,
    pool: 'forks',
  },
});
