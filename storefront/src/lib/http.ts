// Small request/response helpers shared by the page loaders.
import type { AstroCookies } from "astro";
import { localePath, type Locale } from "./i18n";
import { requestLocale, type LocaleLocals } from "./locale-routing";
import type { RequestState } from "./medusa";

/** What a page loader needs from Astro (both AstroGlobal and APIContext fit). */
export interface Ctx {
  request: Request;
  url: URL;
  cookies: AstroCookies;
  params: Record<string, string | undefined>;
  locals: RequestState & LocaleLocals;
}

/** The page's locale: recorded by the middleware (the URL a loader sees has no /en prefix). */
export function pageLocale(ctx: Pick<Ctx, "locals">): Locale {
  return requestLocale(ctx);
}

export function isPost(ctx: Pick<Ctx, "request">): boolean {
  return ctx.request.method === "POST";
}

/** POST/redirect/GET: a 303 makes the browser GET the target. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

/** An empty 404: Astro renders src/pages/404.astro for it. */
export function notFound(): Response {
  return new Response(null, { status: 404 });
}

export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

export function formString(form: FormData, name: string, maxLength = 500): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim().slice(0, maxLength) : "";
}

export function parsePositiveInt(value: string | null | undefined, fallback: number): number {
  if (!value || !/^\d{1,6}$/.test(value.trim())) return fallback;
  const n = Number.parseInt(value, 10);
  return n >= 1 ? n : fallback;
}

/** Build a URL in the page's locale, with optional query parameters. */
export function href(locale: Locale, path: string, query?: Record<string, string | number | undefined | null>): string {
  const base = localePath(locale, path);
  if (!query) return base;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${base}?${qs}` : base;
}

/** Only same-site relative paths are accepted as redirect targets. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
