import { defineConfig } from "@playwright/test";

// The stack (Postgres database, backend, storefront) is started once by ./setup/global-setup.ts,
// which exports SOSEDI_STOREFRONT_URL / SOSEDI_BACKEND_URL / SOSEDI_PUBLISHABLE_KEY. Workers load
// this file again after the setup ran, so baseURL below sees the storefront's URL.
export default defineConfig({
  testDir: ".",
  testMatch: ["api/**/*.spec.ts", "e2e/**/*.spec.ts"],
  globalSetup: "./setup/global-setup.ts",
  outputDir: "../test-results",
  fullyParallel: false,
  workers: Number(process.env.PLAYWRIGHT_WORKERS || 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: process.env.SOSEDI_STOREFRONT_URL,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
  },
});
