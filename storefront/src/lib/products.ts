import { parseInstant } from "./format";
import { orNull, storeGet, type Sdk } from "./medusa";
import type { Product, ProductOrigin, Variant } from "./types";

/** Prices for the region, categories, images (stock comes from the origin route, per center). */
export const PRODUCT_FIELDS = "*variants.calculated_price,*categories,*images";

interface ProductList {
  products: Product[];
  count: number;
  limit: number;
  offset: number;
}

export async function getProductByHandle(sdk: Sdk, handle: string, regionId: string): Promise<Product | null> {
  const res = (await sdk.store.product.list({
    handle,
    region_id: regionId,
    limit: 1,
    fields: PRODUCT_FIELDS,
  } as Record<string, unknown>)) as unknown as ProductList;
  return res.products?.find((p) => p.handle === handle) ?? null;
}

/** Products by id; an empty id list returns [] (an empty filter would list everything). */
export async function getProductsByIds(sdk: Sdk, ids: string[], regionId: string): Promise<Product[]> {
  if (ids.length === 0) return [];
  const res = (await sdk.store.product.list({
    id: ids,
    region_id: regionId,
    limit: ids.length,
    fields: PRODUCT_FIELDS,
  } as Record<string, unknown>)) as unknown as ProductList;
  const byId = new Map((res.products ?? []).map((p) => [p.id, p]));
  return ids.map((id) => byId.get(id)).filter((p): p is Product => Boolean(p));
}

/** Who made the product and where it can be picked up, with each center's stock — one request. */
export async function getProductOrigin(sdk: Sdk, productId: string): Promise<ProductOrigin> {
  const res = await orNull(storeGet<ProductOrigin>(sdk, `/store/products/${encodeURIComponent(productId)}/origin`));
  return {
    seller: res?.seller ?? null,
    centers: (res?.centers ?? []).map((c) => ({ ...c, stock: c.stock ?? {} })),
  };
}

/**
 * How many of a variant can be bought at a center, from the center's `stock` (origin route):
 * Infinity when stock is not tracked (null there, or the variant is not inventory-managed or
 * allows backorders); a variant the center does not list counts as 0.
 */
export function availableQuantity(
  variant: Pick<Variant, "id" | "manage_inventory" | "allow_backorder">,
  stock: Record<string, number | null | undefined> | null | undefined,
): number {
  if (variant.manage_inventory === false || variant.allow_backorder) return Number.POSITIVE_INFINITY;
  const units = stock?.[variant.id];
  if (units === null) return Number.POSITIVE_INFINITY;
  const q = Number(units ?? 0);
  return Number.isFinite(q) && q > 0 ? Math.floor(q) : 0;
}

export function variantPrice(variant: Variant | undefined | null): number | null {
  const amount = variant?.calculated_price?.calculated_amount;
  return typeof amount === "number" ? amount : null;
}

/** The lowest variant price (what a card shows). */
export function productPrice(product: Product): number | null {
  const prices = (product.variants ?? []).map(variantPrice).filter((p): p is number => p !== null);
  return prices.length ? Math.min(...prices) : null;
}

/**
 * «Цвет: синий, Размер: M» from the variant's option values, else its title.
 * With a single option the legend already names it, so just «синий».
 */
export function variantLabel(product: Product, variant: Variant): string {
  const titles = new Map((product.options ?? []).map((o) => [o.id, o.title]));
  const single = (product.options ?? []).length <= 1;
  const parts = (variant.options ?? [])
    .map((ov) => {
      const title = ov.option?.title ?? (ov.option_id ? titles.get(ov.option_id) : undefined);
      return title && !single ? `${title}: ${ov.value}` : ov.value;
    })
    .filter(Boolean);
  return parts.length ? parts.join(", ") : variant.title || product.title;
}

export const MASTERCLASS_TYPE = "masterclass";

export function isMasterclass(product: Pick<Product, "type">): boolean {
  return product.type?.value === MASTERCLASS_TYPE;
}

/**
 * A master-class session variant carries its time in `metadata.starts_at`/`ends_at`, UTC ISO
 * strings (the pages show them in Moscow time). Returned as instants, so nothing downstream
 * re-parses the strings.
 */
export function variantSession(variant: Variant): { startsAt: Date; endsAt: Date | null } | null {
  const instant = (value: unknown): Date | null => {
    const ms = typeof value === "string" ? parseInstant(value) : NaN;
    return Number.isNaN(ms) ? null : new Date(ms);
  };
  const startsAt = instant(variant.metadata?.starts_at);
  if (!startsAt) return null;
  return { startsAt, endsAt: instant(variant.metadata?.ends_at) };
}

/** The option titles, for the variant group's legend («Цвет / Размер»). */
export function optionsLegend(product: Product): string | null {
  const titles = (product.options ?? []).map((o) => o.title).filter(Boolean);
  return titles.length ? titles.join(" / ") : null;
}

export function productImages(product: Product): string[] {
  const urls = [...(product.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((i) => i.url)
    .filter(Boolean);
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail);
  return [...new Set(urls)];
}

export function productImage(product: Product): string | null {
  return product.thumbnail || productImages(product)[0] || null;
}
