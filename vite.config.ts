/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig(({ mode }) => ({
  plugins: [react(), offlineShell(mode)],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { sourcemap: true, target: 'es2022' },
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
    ],
  },
}));
