import { defineConfig } from 'vitest/config';

/**
 * Test files that time a stop (a build must end within 2 seconds of SIGTERM): they run
 * after the others, one at a time, so that no other test file's builds compete with them
 * for the CPU. The rest run two files at a time (vitest's default on a 2-core machine is
 * one), which a build's own render threads do not fill while it starts, plans or checks.
 */
const timed = ['tests/faults.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/after-each-file.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'tests', include: ['tests/**/*.test.ts'], exclude: timed, maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'timed', include: timed, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
