// Logins of artisans (actor `seller`), center managers (actor `manager`) and residents (actor `customer`).
// The backend's JWT is kept in an HttpOnly, SameSite=Lax cookie per role and sent by the storefront
// server as `Authorization: Bearer …`; the browser never sees it in script.
import type { AstroCookies } from "astro";
import { href, notFound, safeReturnPath, seeOther, type Ctx } from "./http";
import { localePath, stripLocale, type Locale } from "./i18n";
import { createSdk, errorMessage, httpStatus, normalizeError, type Sdk } from "./medusa";

export type Role = "seller" | "manager" | "customer";

export const ROLE_COOKIES: Record<Role, string> = {
  seller: "sosedi_seller",
  manager: "sosedi_manager",
  customer: "sosedi_customer",
};

/** Where each role signs in and lands. */
export const ROLE_PATHS: Record<Role, { home: string; login: string }> = {
  seller: { home: "/sell", login: "/sell/login" },
  manager: { home: "/manage", login: "/manage/login" },
  customer: { home: "/account", login: "/account/login" },
};

// The backend's tokens live a day (Medusa's default jwtExpiresIn); an expired one gets a 401 and
// the login page, so the cookie need not outlive it by much.
const TOKEN_MAX_AGE = 60 * 60 * 24;
const JWT_RE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function readToken(cookies: AstroCookies, role: Role): string | null {
  const value = cookies.get(ROLE_COOKIES[role])?.value;
  return value && value.length <= 4096 && JWT_RE.test(value) ? value : null;
}

function cookieOptions(ctx: Pick<Ctx, "url">) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: ctx.url.protocol === "https:" };
}

export function setToken(ctx: Pick<Ctx, "cookies" | "url">, role: Role, token: string): void {
  ctx.cookies.set(ROLE_COOKIES[role], token, { ...cookieOptions(ctx), maxAge: TOKEN_MAX_AGE });
}

export function clearToken(ctx: Pick<Ctx, "cookies" | "url">, role: Role): void {
  ctx.cookies.delete(ROLE_COOKIES[role], cookieOptions(ctx));
}

/** To the role's login page, coming back to `next` (the page asked for) afterwards. */
export function toLogin(locale: Locale, role: Role, next?: string | null): Response {
  return seeOther(href(locale, ROLE_PATHS[role].login, { next: next || undefined }));
}

/**
 * The path (with query) the browser asked for, without the locale prefix (the loader's URL has
 * none): the login page's `next`, so that switching the login page's language keeps it.
 */
export function requestedPath(ctx: Pick<Ctx, "url">): string {
  return ctx.url.pathname + ctx.url.search;
}

/** Where to go after signing in: `next` if it is a same-site path, in the page's language. */
export function afterLoginPath(locale: Locale, role: Role, next: string | null | undefined): string {
  const safe = safeReturnPath(next, ROLE_PATHS[role].home);
  const url = new URL(safe, "http://storefront.invalid");
  return localePath(locale, stripLocale(url.pathname)) + url.search + url.hash;
}

// ---- talking to the backend as the signed-in role ---------------------------------

export interface ActorRequest {
  method?: "GET" | "POST" | "DELETE";
  body?: unknown;
  query?: Record<string, unknown>;
  /** A multipart body (FormData): the browser-style content type with its boundary. */
  multipart?: boolean;
}

/** A call to a scoped route (`/sellers/me…`, `/manage/…`) with the role's token. */
export function actorFetch<T>(sdk: Sdk, token: string, path: string, init: ActorRequest = {}): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body as never,
    query: init.query,
    headers: init.multipart
      ? ({ Authorization: `Bearer ${token}`, "content-type": null } as unknown as Record<string, string>)
      : { Authorization: `Bearer ${token}` },
  });
}

/** The token is missing, expired or belongs to no seller/manager: sign in again. */
export function isUnauthorized(error: unknown): boolean {
  return httpStatus(error) === 401;
}

/**
 * Sign in with e-mail and password as `role`. Returns the token, or null for wrong credentials.
 * A fresh client each time: the token it would keep in memory must not reach other requests.
 */
export async function loginAs(role: Role, email: string, password: string): Promise<string | null> {
  try {
    const result = await createSdk().auth.login(role, "emailpass", { email, password });
    return typeof result === "string" ? result : null;
  } catch (error) {
    if (httpStatus(error) === 401 || httpStatus(error) === 400) return null;
    throw normalizeError(error);
  }
}

export type RegisterResult = { ok: true; token: string } | { ok: false; reason: "wrong-password" };

/**
 * A login for the artisan's sign-up: a new one, or — when the e-mail already has a login (a
 * resident, a manager) — the existing one, if the password matches. One login, several roles.
 */
export async function sellerSignUpLogin(email: string, password: string): Promise<RegisterResult> {
  try {
    const token = await createSdk().auth.register("seller", "emailpass", { email, password });
    return { ok: true, token };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 401 && status !== 400) throw normalizeError(error);
    if (!/exist/i.test(errorMessage(error))) console.warn(`[storefront] seller register: ${errorMessage(error)}`);
  }
  const token = await loginAs("seller", email, password);
  return token ? { ok: true, token } : { ok: false, reason: "wrong-password" };
}

// ---- signed-in pages ----------------------------------------------------------------

/**
 * Run a signed-in page's backend work with the role's token. No token, or the backend's 401
 * (expired, or a login without this role) → the login page, coming back here; 404 → the 404 page.
 */
export async function withRole<T>(
  ctx: Pick<Ctx, "cookies" | "url">,
  role: Role,
  locale: Locale,
  work: (token: string) => Promise<T | Response>,
): Promise<T | Response> {
  const token = readToken(ctx.cookies, role);
  if (!token) return toLogin(locale, role, requestedPath(ctx));
  try {
    return await work(token);
  } catch (error) {
    if (isUnauthorized(error)) {
      clearToken(ctx, role);
      return toLogin(locale, role, requestedPath(ctx));
    }
    if (httpStatus(error) === 404) return notFound();
    throw normalizeError(error);
  }
}

/** A write the backend refused as invalid (400, 409, 422): show its message on the form. */
export function isRefusal(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 400 || status === 409 || status === 422;
}
