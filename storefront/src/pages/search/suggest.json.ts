// Suggestions for the search box's island: the browser asks us, we ask the backend with the
// publishable key (which stays on the server).
import type { APIRoute } from "astro";
import { localePath } from "~/lib/i18n";
import { pageLocale } from "~/lib/http";
import { sdkFor } from "~/lib/medusa";
import { suggest, suggestionPath } from "~/lib/search";

export const GET: APIRoute = async (ctx) => {
  const q = (ctx.url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const locale = pageLocale(ctx);
  const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=30" };
  if (q.length < 2) return new Response(JSON.stringify({ suggestions: [] }), { headers });
  try {
    const suggestions = (await suggest(sdkFor(ctx.locals), q)).slice(0, 8).map((s) => ({
      kind: s.kind,
      title: s.title,
      href: localePath(locale, suggestionPath(s)),
    }));
    return new Response(JSON.stringify({ suggestions }), { headers });
  } catch {
    // the box still works as a plain form; no suggestions is an acceptable answer
    return new Response(JSON.stringify({ suggestions: [] }), { status: 200, headers: { ...headers, "cache-control": "no-store" } });
  }
};
