import { getCurrentCart } from "../cart";
import { getCenter, SHOP_PAGE_SIZE } from "../centers";
import { notFound, pageLocale, parsePositiveInt, type Ctx } from "../http";
import { orFallback, sdkFor } from "../medusa";
import type { CenterDetail } from "../types";
import { shopCard, type BasePageData, type ProductCardModel } from "./common";

export interface CenterPageData extends BasePageData {
  center: CenterDetail;
  products: ProductCardModel[];
  count: number;
  page: number;
  pages: number;
}

export async function loadCenterPage(ctx: Ctx): Promise<Response | CenterPageData> {
  const handle = ctx.params.handle ?? "";
  const page = parsePositiveInt(ctx.url.searchParams.get("page"), 1);
  const sdk = sdkFor(ctx.locals);
  // The center route brings the page of the shop along (with each card's price and seller).
  const [center] = await Promise.all([getCenter(sdk, handle, page), orFallback(getCurrentCart(ctx), null, "cart")]);
  if (!center) return notFound();

  const count = center.products_count;
  const pages = Math.max(1, Math.ceil(count / SHOP_PAGE_SIZE));
  if (page > pages) return notFound();

  return {
    locale: pageLocale(ctx),
    center,
    products: center.products.map(shopCard),
    count,
    page,
    pages,
  };
}
