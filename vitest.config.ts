import { defineConfig } from 'vitest/config';

/** Where CI reads the pass/fail counts from (.ci/run prints them as its last line). */
const reportFile = process.env.INIT_TUI_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: reportFile ? ['default', ['json', { outputFile: reportFile }]] : ['default'],
  },
});
