import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [WxtVitest(), svelte(), svelteTesting()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/setup/public-suffixes.ts', 'test/setup-fact-tables.ts'],
  },
});
