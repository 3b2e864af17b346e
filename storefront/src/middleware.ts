import { defineMiddleware } from "astro:middleware";
import { routeLocale } from "./lib/locale-routing";

// /en/… is rendered by the same pages as /… (see src/lib/locale-routing.ts), then a few safe
// defaults go on every response; pages carry per-resident cart state, so no shared caching.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await routeLocale(context, next);
  const headers = response.headers;
  try {
    if (!headers.has("X-Content-Type-Options")) headers.set("X-Content-Type-Options", "nosniff");
    if (!headers.has("Referrer-Policy")) headers.set("Referrer-Policy", "same-origin");
    if (!headers.has("X-Frame-Options")) headers.set("X-Frame-Options", "DENY");
    const type = headers.get("Content-Type") ?? "";
    if (type.includes("text/html") && !headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-cache");
  } catch {
    // Immutable headers (e.g. a fetched Response): leave them as they are.
  }
  return response;
});
