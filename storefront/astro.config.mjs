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
  // No server-side session storage: the only state is in HttpOnly cookies (the cart, and the
  // artisan's / manager's login token: src/lib/accounts.ts).
  session: false,
  // Languages: Russian at /, English under /en/, from one set of pages: src/middleware.ts records
  // the locale in `locals` and rewrites /en/… to /… (src/lib/locale-routing.ts). Astro's `i18n`
  // option is not set (it serves /en/… from copies under src/pages/en/, or with `fallback` only by
  // re-rendering after a 404), so `Astro.currentLocale` is undefined: read `Astro.locals.locale`.
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
