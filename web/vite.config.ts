import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compression } from 'vite-plugin-compression2';

// The server replaces this placeholder with a fresh nonce for every page it serves; its
// Content-Security-Policy allows scripts and styles from itself and with that nonce only.
export const CSP_NONCE = 'WATCHPOST_CSP_NONCE';

const server = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react({ babel: { plugins: ['relay'] } }),
    // Served as they are to browsers that accept gzip (all of them); index.html is not,
    // because the server writes the nonce into it.
    compression({ algorithms: ['gzip'], exclude: [/\.html$/], threshold: 1024 }),
  ],
  html: { cspNonce: CSP_NONCE },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // Ant Design's @rc-component packages declare no `sideEffects`, so without this every
      // module their index files name is kept: the whole form library came with the dashboard.
      treeshake: { moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }] },
    },
  },
  // Vitest: the client's own logic; the browser journeys are Playwright's (e2e/).
  test: { include: ['src/**/*.test.ts'] },
  server: {
    proxy: { '/graphql': server, '/files': server, '/exports': server },
  },
});
