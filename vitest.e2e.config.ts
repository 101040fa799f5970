import { defineConfig } from 'vitest/config';

// Real-browser tests: Playwright drives Debian's Chromium, and puppeteer-core Debian's firefox-esr (WebDriver
// BiDi), each with the built extension.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
