// One set of pages serves both languages: src/middleware.ts records the locale of the requested
// URL in `locals` and rewrites /en/… to the unprefixed route (the browser keeps seeing /en/…).
// Loaders, the layout and the error pages read the locale from `locals`, never from the URL.
import { DEFAULT_LOCALE, localeFromPath, stripLocale, type Locale } from "./i18n";

/** What the middleware records about the requested URL (part of `App.Locals`). */
export interface LocaleLocals {
  /** The page's language, from the URL's prefix. */
  locale?: Locale;
  /** The requested path without its locale prefix ("/en/cart" → "/cart"): the language switcher's target. */
  unprefixedPath?: string;
}

/** Astro's `next`: with a URL it renders that route instead (a rewrite, not a redirect). */
export type RewriteNext = (rewriteTo?: URL) => Promise<Response>;

/**
 * The locale part of the middleware. Records the locale and the unprefixed path, then renders
 * /en/<path> with the route of /<path>; the query is kept.
 */
export function routeLocale(ctx: { url: URL; locals: LocaleLocals }, next: RewriteNext): Promise<Response> {
  // A 404/500 page rendered for this same request (Astro re-runs the middleware with the same
  // locals and the original URL) already has its locale, and must not be rewritten again.
  if (ctx.locals.locale) return next();
  const locale = localeFromPath(ctx.url.pathname);
  const unprefixedPath = stripLocale(ctx.url.pathname);
  ctx.locals.locale = locale;
  ctx.locals.unprefixedPath = unprefixedPath;
  if (locale === DEFAULT_LOCALE) return next();
  const target = new URL(ctx.url);
  target.pathname = unprefixedPath;
  return next(target);
}

/** The page's locale, as recorded by the middleware. */
export function requestLocale(ctx: { locals: LocaleLocals }): Locale {
  return ctx.locals.locale ?? DEFAULT_LOCALE;
}

/**
 * For the layout and the error pages, which Astro may also render without the middleware
 * (an error before it ran): then the URL is still the one requested and tells the same.
 */
export function renderedLocale(ctx: { locals: LocaleLocals; url: URL }): Locale {
  return ctx.locals.locale ?? localeFromPath(ctx.url.pathname);
}

export function renderedUnprefixedPath(ctx: { locals: LocaleLocals; url: URL }): string {
  return ctx.locals.unprefixedPath ?? stripLocale(ctx.url.pathname);
}
