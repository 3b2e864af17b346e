import { defineConfig } from "vitest/config"

// One run, two kinds: fast unit tests everywhere, and backend integration tests that boot Medusa
// against the one embedded Postgres of the run (see backend/integration-tests/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["backend/src/**/*.unit.spec.ts", "storefront/src/**/*.unit.spec.ts", "scripts/**/*.unit.spec.{ts,mjs}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          root: "backend",
          include: ["integration-tests/**/*.spec.ts"],
          globals: true,
          environment: "node",
          pool: "forks",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
          globalSetup: ["integration-tests/support/global-setup.ts"],
          setupFiles: ["integration-tests/support/setup.ts"],
        },
      },
    ],
  },
})
