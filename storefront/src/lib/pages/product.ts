import {
  addLineItem,
  cartIsEmpty,
  classifyCartError,
  createCart,
  getCurrentCart,
  withRegion,
  invalidateCart,
  setCartCookie,
} from "../cart";
import { centerBySalesChannel } from "../centers";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey, MessageParams } from "../i18n";
import { isBackendUnavailable, normalizeError, orFallback, sdkFor } from "../medusa";
import { formatSession } from "../format";
import {
  availableQuantity,
  getProductByHandle,
  isMasterclass,
  getProductOrigin,
  optionsLegend,
  productImages,
  productPrice,
  variantLabel,
  variantPrice,
  variantSession,
} from "../products";
import type { Cart, OriginCenter, Product, SellerSummary, Variant } from "../types";
import type { BasePageData } from "./common";

const MAX_PER_LINE = 99;

export interface VariantChoice {
  id: string;
  label: string;
  price: number | null;
  /** Available at the selected center (Infinity = not tracked). */
  available: number;
}

export interface CenterChoice {
  center: OriginCenter;
  /** Sum over variants at that center (Infinity = not tracked). */
  available: number;
}

export interface ProductPageData extends BasePageData {
  status?: number;
  product: Product;
  /** A master class: stock reads as seats, the center is where it takes place. */
  isClass: boolean;
  images: string[];
  seller: SellerSummary | null;
  categories: string[];
  currency: string;
  price: number | null;
  legend: string | null;
  variants: VariantChoice[];
  centers: CenterChoice[];
  selectedCenterId: string | null;
  selectedVariantId: string | null;
  quantity: number;
  /** Max quantity for the quantity input. */
  maxQuantity: number;
  /** Stock of the selected variant at the selected center, for «В наличии: N шт.». */
  selectedAvailable: number;
  canBuy: boolean;
  added: boolean;
  error: { key: MessageKey; params?: MessageParams } | null;
  conflict: { cartCenterName: string; centerName: string } | null;
}

export async function loadProductPage(ctx: Ctx): Promise<Response | ProductPageData> {
  const sdk = sdkFor(ctx.locals);
  const locale = pageLocale(ctx);
  const handle = ctx.params.handle ?? "";

  const cartPromise = orFallback(getCurrentCart(ctx), null, "cart");
  const [{ region, product }, cart] = await Promise.all([
    withRegion(sdk, async (region) => ({ region, product: await getProductByHandle(sdk, handle, region.id) })),
    cartPromise,
  ]);
  if (!product) return notFound();
  // issue 4: a master class books on its own page (sessions, attendee names, waitlist)
  if (isMasterclass(product)) return seeOther(href(locale, `/classes/${product.handle}`));

  // Seller, pickup centers and each center's stock, in one request.
  const origin = await getProductOrigin(sdk, product.id);
  const centers = origin.centers;
  const isClass = isMasterclass(product);
  // Sessions that already started are not offered; the rest in time order.
  const now = Date.now();
  const variants = (product.variants ?? [])
    .filter((v) => {
      const session = variantSession(v);
      return !session || session.startsAt.getTime() > now;
    })
    .sort((a, b) => {
      const sa = variantSession(a)?.startsAt;
      const sb = variantSession(b)?.startsAt;
      return sa && sb ? sa.getTime() - sb.getTime() : 0;
    });
  const labelFor = (v: (typeof variants)[number]) => {
    const session = variantSession(v);
    return session ? formatSession(session.startsAt, session.endsAt, locale) : variantLabel(product, v);
  };

  const availableAt = (center: OriginCenter | null, variant: Variant | null): number =>
    center && variant ? availableQuantity(variant, center.stock) : 0;
  const centerTotal = (center: OriginCenter): number =>
    variants.reduce((sum, v) => sum + availableAt(center, v), 0);

  // Which center is pre-selected: the one asked for, else the cart's, else the first with stock.
  const form = isPost(ctx) ? await readForm(ctx.request) : null;
  const askedCenter = form ? formString(form, "center_id") : ctx.url.searchParams.get("center") ?? "";
  const byAsk = centers.find((c) => c.id === askedCenter || c.handle === askedCenter);
  const byCart = cart ? centers.find((c) => c.sales_channel_id === cart.sales_channel_id) : undefined;
  const byStock = centers.find((c) => centerTotal(c) > 0);
  const selectedCenter = byAsk ?? byCart ?? byStock ?? centers[0] ?? null;

  const askedVariant = form ? formString(form, "variant_id") : ctx.url.searchParams.get("variant") ?? "";
  const selectedVariant =
    variants.find((v) => v.id === askedVariant) ??
    variants.find((v) => availableAt(selectedCenter, v) > 0) ??
    variants[0] ??
    null;

  const anyStock = centers.some((c) => centerTotal(c) > 0);
  const selectedAvailable = availableAt(selectedCenter, selectedVariant);

  const data: ProductPageData = {
    locale,
    product,
    isClass,
    images: productImages(product),
    seller: origin.seller,
    categories: (product.categories ?? []).map((c) => c.name).filter(Boolean),
    currency: region.currency_code.toUpperCase(),
    price: variants.length === 1 ? variantPrice(variants[0]) : productPrice(product),
    legend: optionsLegend(product),
    variants: variants.map((v) => ({
      id: v.id,
      label: labelFor(v),
      price: variantPrice(v),
      available: availableAt(selectedCenter, v),
    })),
    centers: centers.map((center) => ({ center, available: centerTotal(center) })),
    selectedCenterId: selectedCenter?.id ?? null,
    selectedVariantId: selectedVariant?.id ?? null,
    quantity: 1,
    maxQuantity: Math.max(1, Math.min(MAX_PER_LINE, selectedAvailable || MAX_PER_LINE)),
    selectedAvailable,
    canBuy: anyStock && variants.length > 0,
    added: ctx.url.searchParams.get("added") === "1",
    error: null,
    conflict: null,
  };

  if (!form) return data;

  // ---- POST: add to cart --------------------------------------------------------
  data.added = false;
  const intent = formString(form, "intent");
  const quantityRaw = formString(form, "quantity");
  const quantity = /^\d{1,3}$/.test(quantityRaw) ? Number(quantityRaw) : NaN;
  data.quantity = Number.isFinite(quantity) && quantity > 0 ? Math.min(quantity, MAX_PER_LINE) : 1;
  data.status = 422;

  if (!selectedCenter || !byAsk) {
    data.error = { key: "product.errorCenter" };
    return data;
  }
  if (!selectedVariant || selectedVariant.id !== askedVariant) {
    data.error = { key: "product.errorVariant" };
    return data;
  }
  const available = availableAt(selectedCenter, selectedVariant);
  if (!Number.isFinite(quantity) || quantity < 1 || quantity > MAX_PER_LINE) {
    data.error = { key: "product.errorQuantity", params: { max: Math.min(MAX_PER_LINE, available || MAX_PER_LINE) } };
    return data;
  }
  if (quantity > available) {
    data.error = { key: "product.errorStock", params: { count: available } };
    return data;
  }

  const cartCenter = cart ? centers.find((c) => c.sales_channel_id === cart.sales_channel_id) : undefined;
  const sameCenter = cart?.sales_channel_id === selectedCenter.sales_channel_id;
  if (cart && !sameCenter && !cartIsEmpty(cart) && intent !== "new-cart") {
    data.status = 409;
    data.conflict = {
      cartCenterName: cartCenter?.name ?? (await cartCenterName(ctx, cart)),
      centerName: selectedCenter.name,
    };
    return data;
  }

  try {
    let cartId = cart && sameCenter ? cart.id : null;
    if (!cartId) {
      const created = await createCart(sdk, region.id, selectedCenter.sales_channel_id);
      cartId = created.id;
      setCartCookie(ctx, cartId);
    }
    await addLineItem(sdk, cartId, selectedVariant.id, quantity);
    invalidateCart(ctx);
  } catch (error) {
    if (isBackendUnavailable(error)) throw normalizeError(error);
    console.warn(`[storefront] add to cart failed: ${(error as Error)?.message}`);
    data.error =
      classifyCartError(error) === "stock"
        ? { key: "product.errorStock", params: { count: Number.isFinite(available) ? available : 0 } }
        : { key: "product.errorGeneric" };
    return data;
  }

  return seeOther(
    href(locale, `/products/${product.handle}`, { center: selectedCenter.handle, added: 1 }) + "#buy",
  );
}

async function cartCenterName(ctx: Ctx, cart: Cart): Promise<string> {
  const center = await orFallback(centerBySalesChannel(sdkFor(ctx.locals), cart.sales_channel_id), null, "cart center");
  return center?.name ?? "—";
}
