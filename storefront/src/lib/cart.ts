// The cart: one per resident (HttpOnly cookie), one center (= one sales channel) per cart.
import type { AstroCookies } from "astro";
import type { Ctx } from "./http";
import { errorMessage, httpStatus, isNotFound, normalizeError, sdkFor, type Sdk } from "./medusa";
import type { Cart, Region } from "./types";

export const CART_COOKIE = "sosedi_cart";
const CART_MAX_AGE = 60 * 60 * 24 * 30; // 30 days

export function readCartId(cookies: AstroCookies): string | null {
  const value = cookies.get(CART_COOKIE)?.value;
  return value && /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
}

export function setCartCookie(ctx: Pick<Ctx, "cookies" | "url">, cartId: string): void {
  ctx.cookies.set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: CART_MAX_AGE,
    secure: ctx.url.protocol === "https:",
  });
}

export function clearCartCookie(ctx: Pick<Ctx, "cookies" | "url">): void {
  ctx.cookies.delete(CART_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure: ctx.url.protocol === "https:" });
}

// ---- region (Россия, rub) ----------------------------------------------

let regionCache: { at: number; region: Region } | null = null;
const REGION_TTL_MS = 60_000;

export async function getRegion(sdk: Sdk): Promise<Region> {
  if (regionCache && Date.now() - regionCache.at < REGION_TTL_MS) return regionCache.region;
  const { regions } = (await sdk.store.region.list({ limit: 50 } as Record<string, unknown>)) as unknown as {
    regions: Region[];
  };
  const region =
    regions.find((r) => r.currency_code?.toLowerCase() === "rub") ?? regions[0];
  if (!region) throw new Error("No region configured in the backend");
  regionCache = { at: Date.now(), region };
  return region;
}

export function forgetRegion(): void {
  regionCache = null;
}

/**
 * Run `fn` with the region; if it fails with 400/404 while the region came from the
 * cache (the backend was re-seeded and ids changed), refresh the region and retry once.
 */
export async function withRegion<T>(sdk: Sdk, fn: (region: Region) => Promise<T>): Promise<T> {
  const cached = regionCache !== null && Date.now() - regionCache.at < REGION_TTL_MS;
  const region = await getRegion(sdk);
  try {
    return await fn(region);
  } catch (error) {
    const status = httpStatus(error);
    if (!cached || (status !== 400 && status !== 404)) throw error;
    forgetRegion();
    return fn(await getRegion(sdk));
  }
}

const DEFAULT_VARIANT_TITLES = new Set(["default", "default variant", "стандартный", "по умолчанию", "один размер"]);

/** Single-variant products have a placeholder variant title not worth showing. */
export function isDefaultVariantTitle(title: string | null | undefined): boolean {
  return !title || DEFAULT_VARIANT_TITLES.has(title.trim().toLowerCase());
}

// ---- reading the cart -----------------------------------------------------

export async function retrieveCart(sdk: Sdk, cartId: string): Promise<Cart | null> {
  try {
    const { cart } = (await sdk.store.cart.retrieve(cartId)) as unknown as { cart: Cart };
    return cart && !cart.completed_at ? cart : null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw normalizeError(error);
  }
}

/**
 * The resident's current cart (or null). Memoised per request so the layout's
 * cart counter and the page share one backend call. A stale cookie is cleared.
 */
export function getCurrentCart(ctx: Ctx): Promise<Cart | null> {
  if (!ctx.locals.cartPromise) {
    ctx.locals.cartPromise = (async () => {
      const cartId = readCartId(ctx.cookies);
      if (!cartId) return null;
      const cart = await retrieveCart(sdkFor(ctx.locals), cartId);
      if (!cart) clearCartCookie(ctx);
      return cart;
    })();
  }
  return ctx.locals.cartPromise as Promise<Cart | null>;
}

/** Forget the memoised cart after a write, so the next read is fresh. */
export function invalidateCart(ctx: Ctx): void {
  ctx.locals.cartPromise = undefined;
}

export function cartItemCount(cart: Pick<Cart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0);
}

export function cartIsEmpty(cart: Pick<Cart, "items"> | null | undefined): boolean {
  return cartItemCount(cart) === 0;
}

/** Items in a stable order (Medusa returns them in no particular order). */
export function sortedItems(cart: Cart) {
  return [...(cart.items ?? [])].sort((a, b) =>
    String((a as { created_at?: string }).created_at ?? a.id).localeCompare(String((b as { created_at?: string }).created_at ?? b.id)),
  );
}

// ---- writing the cart -----------------------------------------------------

export async function createCart(sdk: Sdk, regionId: string, salesChannelId: string): Promise<Cart> {
  const { cart } = (await sdk.store.cart.create({
    region_id: regionId,
    sales_channel_id: salesChannelId,
  })) as unknown as { cart: Cart };
  return cart;
}

export type CartWriteError = "stock" | "generic";

/** Map a backend error on a cart write to what we tell the resident. */
export function classifyCartError(error: unknown): CartWriteError {
  const msg = errorMessage(error).toLowerCase();
  if (/inventory|stock|quantity|available|наличи/.test(msg)) return "stock";
  const status = httpStatus(error);
  if (status === 400 && /variant/.test(msg)) return "stock";
  return "generic";
}

export async function addLineItem(sdk: Sdk, cartId: string, variantId: string, quantity: number): Promise<Cart> {
  const { cart } = (await sdk.store.cart.createLineItem(cartId, {
    variant_id: variantId,
    quantity,
  })) as unknown as { cart: Cart };
  return cart;
}

export async function updateLineItem(sdk: Sdk, cartId: string, lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) {
    await sdk.store.cart.deleteLineItem(cartId, lineId);
    return;
  }
  await sdk.store.cart.updateLineItem(cartId, lineId, { quantity });
}

export async function removeLineItem(sdk: Sdk, cartId: string, lineId: string): Promise<void> {
  await sdk.store.cart.deleteLineItem(cartId, lineId);
}

/**
 * Item count for the header. Never throws and never touches cookies (the layout
 * renders after the response headers are out): uses the page's cart if it read one.
 */
export async function layoutCartCount(ctx: Pick<Ctx, "cookies" | "locals">): Promise<number | null> {
  try {
    if (ctx.locals.cartPromise) return cartItemCount((await ctx.locals.cartPromise) as Cart | null);
    const cartId = readCartId(ctx.cookies);
    if (!cartId) return 0;
    return cartItemCount(await retrieveCart(sdkFor(ctx.locals), cartId));
  } catch {
    return null;
  }
}
