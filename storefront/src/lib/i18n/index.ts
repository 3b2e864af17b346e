import { en } from "./en";
import { ru, type MessageKey } from "./ru";

export type { MessageKey };
export type Locale = "ru" | "en";
export const LOCALES: readonly Locale[] = ["ru", "en"];
export const DEFAULT_LOCALE: Locale = "ru";

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { ru, en };

export type MessageParams = Record<string, string | number>;

/** Translate `key` for `locale`, filling `{name}` placeholders from `params`. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[locale]?.[key] ?? ru[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, handy inside components. */
export function translator(locale: Locale) {
  return (key: MessageKey, params?: MessageParams) => t(locale, key, params);
}

/** English pages live under /en; Russian (default) pages have no prefix. */
export function localeFromPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "ru";
}

/** Turn an unprefixed app path ("/cart") into the locale's URL ("/en/cart"). */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === "/" ? `/${locale}/` : `/${locale}${clean}`;
}

/** Strip the locale prefix: "/en/cart" -> "/cart". */
export function stripLocale(pathname: string): string {
  if (pathname === "/en" || pathname === "/en/") return "/";
  if (pathname.startsWith("/en/")) return pathname.slice(3);
  return pathname || "/";
}

/** BCP 47 tag used for Intl formatting. */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "ru-RU";
}
