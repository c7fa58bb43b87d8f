/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy as buildContentSecurityPolicy } from './src/app/content-security-policy';

// The app's own service worker (src/service-worker.ts, served as /service-worker.js) precaches the app shell
// so the built app opens offline; in the demo build it also loads MSW's worker (see README).
function offlineShell(mode: string) {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demoBuild = (env.VITE_API_MODE || 'demo') === 'demo';
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'service-worker.ts',
    // MSW registers the worker in the demo build and src/main.tsx in the remote build; nothing is injected.
    injectRegister: false,
    injectManifest: {
      // importScripts (for MSW's worker) works only in a classic worker, not in a module worker.
      rollupFormat: 'iife',
      // The default patterns (js, css, html) plus the manifest and its icon, which the plugin adds.
      globIgnores: ['**/*.map', ...(demoBuild ? [] : ['mockServiceWorker.js'])],
    },
    manifest: {
      name: 'Tavoitevahti',
      short_name: 'Tavoitevahti',
      description: 'Kunnan sitovien tavoitteiden seuranta',
      lang: 'fi',
      theme_color: '#0b3d6b',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
  });
}

/** The policy of src/app/content-security-policy.ts, allowing the configured API's origin. */
function contentSecurityPolicy(mode: string, { header }: { header: boolean }): string {
  const apiBaseUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL;
  // A relative base URL is this origin, which 'self' already allows.
  const apiOrigin = apiBaseUrl && URL.canParse(apiBaseUrl) ? new URL(apiBaseUrl).origin : null;
  return buildContentSecurityPolicy({ header, apiOrigin });
}

/** Puts the policy into the built index.html; the development server needs inline scripts (React refresh), so not there. */
function contentSecurityPolicyMeta(mode: string): Plugin {
  return {
    name: 'tavoitevahti:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(mode, { header: false }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), offlineShell(mode), contentSecurityPolicyMeta(mode)],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': contentSecurityPolicy(mode, { header: true }) } },
  // The manifest (dist/.vite/manifest.json) lets test/bench/bundle-size.mjs follow the first view's static imports.
  build: {
    sourcemap: true,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    manifest: true,
    rollupOptions: {
      // Building a zod schema has no side effects, so a module's unused schemas can be left out of a chunk.
      // The check is by name: zod is always imported as `z`, and the one call made for its effect
      // (`config`, in src/main.tsx) is imported under its own name.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  test: {
    restoreMocks: true,
    testTimeout: 15000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/i18n/**/*.test.ts', 'mocks/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          include: [
            'src/**/*.test.tsx',
            'src/api/**/*.test.ts',
            'src/app/**/*.test.ts',
            'src/offline/**/*.test.ts',
            'src/features/**/*.test.ts',
            'test/api/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          // The real server (issue 7): Node only, with its native SQLite driver and PostgreSQL when configured.
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'test/server/**/*.test.ts'],
          testTimeout: 60000,
        },
      },
    ],
  },
}));
