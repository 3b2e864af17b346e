// @ts-check
import { defineConfig } from "astro/config";
import node from "@astrojs/node";
import react from "@astrojs/react";

// Everything is rendered on the server at request time. Runtime configuration
// (MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, HOST, PORT) is read from
// process.env when the server runs, never baked in at build time.
export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  // No server-side session storage: the only state is the HttpOnly cart cookie.
  session: false,
  i18n: {
    defaultLocale: "ru",
    locales: ["ru", "en"],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
