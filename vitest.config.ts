import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file trains its own small model; two workers match the CI machine's two cores.
    maxWorkers: 2,
  },
});
