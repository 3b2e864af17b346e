// /sell/products/:id/delete — the confirmation step before a product is deleted (no JavaScript
// needed): the page asks, its form's POST deletes. Someone else's product is a 404.
import { withRole } from "../accounts";
import { href, isPost, notFound, pageLocale, seeOther, type Ctx } from "../http";
import { sdkFor } from "../medusa";
import { deleteMyProduct, getMyProduct, type SellerProduct } from "../seller-account";
import type { BasePageData } from "./common";

export interface SellProductDeleteData extends BasePageData {
  product: SellerProduct;
}

export async function loadSellProductDelete(ctx: Ctx): Promise<Response | SellProductDeleteData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return notFound();

  return withRole<SellProductDeleteData>(ctx, "seller", locale, async (token) => {
    // also the ownership check: another artisan's product id is a 404
    const product = await getMyProduct(sdk, token, id);
    if (!isPost(ctx)) return { locale, product };
    await deleteMyProduct(sdk, token, product.id);
    return seeOther(href(locale, "/sell", { done: "deleted" }) + "#products");
  });
}
