import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { compression } from 'vite-plugin-compression2';

// The server replaces this placeholder with a fresh nonce for every page it serves; its
// Content-Security-Policy allows scripts and styles from itself and with that nonce only.
export const CSP_NONCE = 'WATCHPOST_CSP_NONCE';

const server = 'http://127.0.0.1:8080';

/** The members' pages a phone opens first, and the modules each needs. */
const PHONE_PAGES: Record<string, string[]> = {
  '/me': ['src/layouts/MemberShell.tsx', 'src/pages/members/MemberHomePage.tsx'],
  '/me/report': ['src/layouts/MemberShell.tsx', 'src/pages/reports/ReportFormPage.tsx'],
};

/** On a slow phone link the route's chunks would start only once the main script has run;
 * a small script in index.html starts them with it, for the page being opened. */
function preloadPhonePages(): Plugin {
  return {
    name: 'watchpost:preload-phone-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const loaded = new Set([entry.fileName, ...entry.imports]);
        const files = (modules: string[]) => {
          const found = new Set<string>();
          const visit = (c: Rolldown.OutputChunk) => {
            if (loaded.has(c.fileName) || found.has(c.fileName)) return;
            found.add(c.fileName);
            c.viteMetadata?.importedCss.forEach((css) => found.add(css));
            c.imports.forEach((name) => visit(bundle[name] as Rolldown.OutputChunk));
          };
          for (const m of modules) {
            const c = chunks.find((c) => c.facadeModuleId?.endsWith(m));
            if (!c) throw new Error(`preloadPhonePages: no chunk for ${m}`);
            visit(c);
          }
          return [...found].map((f) => `/${f}`);
        };
        const pages = Object.fromEntries(Object.entries(PHONE_PAGES).map(([p, m]) => [p, files(m)]));
        return [
          {
            tag: 'script',
            attrs: { nonce: CSP_NONCE },
            injectTo: 'head',
            children: `(${preload.toString()})(${JSON.stringify(pages)})`,
          },
        ];
      },
    },
  };
}

// Runs in the browser from index.html.
function preload(pages: Record<string, string[]>) {
  for (const href of pages[location.pathname.replace(/\/$/, '')] ?? []) {
    const link = document.createElement('link');
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    link.href = href;
    link.crossOrigin = ''; // as Vite's own tags, so the browser uses what was preloaded
    document.head.append(link);
  }
}

export default defineConfig({
  plugins: [
    react({ babel: { plugins: ['relay'] } }),
    preloadPhonePages(),
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
