import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built SPA at `/`, so the SPA always talks to its own origin; in dev Vite forwards.
const api = process.env.ANTENA_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      // Only the PDFs: /invoices and /invoices/:id are SPA routes.
      '^/invoices/[^/]+\\.pdf$': api,
      // The remittance files and the returns upload: /remittances itself is an SPA route.
      '^/remittances/([^/]+\\.xml|returns)$': api,
      '/health': api,
    },
  },
  preview: { proxy: { '/graphql': api, '^/invoices/[^/]+\\.pdf$': api, '^/remittances/([^/]+\\.xml|returns)$': api, '/health': api } },
  // No source maps in the build: the API serves dist/ publicly.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 2000 },
});
