import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base so the built app works from any static host path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
    chunkSizeWarningLimit: 600,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
