import { getCurrentCart, withRegion } from "../cart";
import { notFound, pageLocale, type Ctx } from "../http";
import { orFallback, sdkFor } from "../medusa";
import { getProductsByIds } from "../products";
import { getSeller, taxStatusLabel } from "../sellers";
import type { SellerDetail } from "../types";
import { toCard, type BasePageData, type ProductCardModel } from "./common";
import { getRatings, type RatingSummary } from "../impact";

export interface SellerPageData extends BasePageData {
  seller: SellerDetail;
  taxStatus: string | null;
  products: ProductCardModel[];
  /** issue 6: attendees' average rating over the artisan's classes (null = none yet) */
  rating: RatingSummary | null;
}

const MAX_PRODUCTS = 100;

export async function loadSellerPage(ctx: Ctx): Promise<Response | SellerPageData> {
  const sdk = sdkFor(ctx.locals);
  const locale = pageLocale(ctx);
  const [seller] = await Promise.all([getSeller(sdk, ctx.params.handle ?? ""), orFallback(getCurrentCart(ctx), null, "cart")]);
  if (!seller) return notFound();
  const ids = (seller.product_ids ?? []).slice(0, MAX_PRODUCTS);
  const [{ region, products }, ratings] = await Promise.all([
    withRegion(sdk, async (region) => ({ region, products: await getProductsByIds(sdk, ids, region.id) })),
    getRatings(sdk, { seller_ids: [seller.id] }).catch(() => null),
  ]);
  return {
    locale,
    seller,
    taxStatus: taxStatusLabel(seller.tax_status, locale),
    // No «Мастер: …» on each card: the whole page is about this seller.
    products: products.map((p) => toCard(p, { seller: null, currency: region.currency_code })),
    rating: ratings?.sellers?.[seller.id] ?? null,
  };
}
