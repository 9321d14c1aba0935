/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build goes into the bundle's classes, where the Java side serves it at `/`.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../target/classes/editor',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
  },
  server: {
    // Development against a running Retort: `RETORT_URL=http://localhost:8181 npm run dev`.
    proxy: {
      '/api': { target: process.env.RETORT_URL ?? 'http://localhost:8181', changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
