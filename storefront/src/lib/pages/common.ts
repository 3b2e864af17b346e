// Shared bits of the page loaders.
import type { Locale } from "../i18n";
import { productImage, productPrice } from "../products";
import type { Product, SellerSummary, ShopProduct } from "../types";

export interface ProductCardModel {
  id: string;
  handle: string;
  title: string;
  image: string | null;
  price: number | null;
  currency: string;
  seller: { name: string; handle: string } | null;
}

/** A card from a Medusa product (the seller page). */
export function toCard(product: Product, opts: { seller?: SellerSummary | null; currency?: string }): ProductCardModel {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    image: productImage(product),
    price: productPrice(product),
    currency: (opts.currency ?? "RUB").toUpperCase(),
    seller: opts.seller ? { name: opts.seller.name, handle: opts.seller.handle } : null,
  };
}

/** A card from the center route's shop page (the price is already the cheapest variant, in RUB). */
export function shopCard(product: ShopProduct): ProductCardModel {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    image: product.thumbnail || null,
    price: typeof product.price === "number" ? product.price : null,
    currency: "RUB",
    seller: product.seller ? { name: product.seller.name, handle: product.seller.handle } : null,
  };
}

export interface BasePageData {
  locale: Locale;
}
