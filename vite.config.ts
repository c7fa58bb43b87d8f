/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
          include: ['src/**/*.test.tsx', 'src/api/**/*.test.ts', 'src/app/**/*.test.ts'],
        },
      },
    ],
  },
});
