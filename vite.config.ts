/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, CSP_HEADER } from './vite.csp.ts';
import { embedBudgets } from './vite.embed.ts';
import { inlineStylesheet } from './vite.inlineCss.ts';
import { prerenderFirstScreen } from './vite.prerender.ts';
import { shareShell } from './vite.share.ts';

export default defineConfig({
  // Relative base so the build also works from a USB stick or a sub-folder.
  base: './',
  plugins: [react(), tailwindcss(), embedBudgets(), prerenderFirstScreen(), inlineStylesheet(), contentSecurityPolicy(), shareShell()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { sourcemap: true },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    css: false,
    // jsdom component tests on two shared cores: a slow machine is not a failing test (speed is the bench's job).
    testTimeout: 20_000,
  },
});
