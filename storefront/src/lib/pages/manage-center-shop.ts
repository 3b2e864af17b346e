// /manage/centers/:id/shop — which products the center offers («В магазине центра») and the
// order of «Выбор центра». One small POST form per button (works without JavaScript).
import { isRefusal } from "../accounts";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import {
  featuredOrder,
  getCenterShop,
  SHOP_ACTIONS,
  shopChange,
  updateCenterShop,
  type CenterShopProduct,
  type ManagedCenter,
  type ShopAction,
} from "../manage";
import { errorMessage, isBackendUnavailable, isNotFound, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterShopData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  /** «Выбор центра», in order. */
  featured: CenterShopProduct[];
  products: CenterShopProduct[];
  done: boolean;
  error: MessageKey | null;
}

export async function loadManageCenterShop(ctx: Ctx): Promise<Response | ManageCenterShopData> {
  return withManagedCenter<ManageCenterShopData>(ctx, async ({ locale, sdk, token, center }) => {

    let products = await getCenterShop(sdk, token, center.id);
    let error: MessageKey | null = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const action = formString(form, "action", 20) as ShopAction;
      const productId = formString(form, "product_id", 100);
      const change =
        SHOP_ACTIONS.includes(action) && products.some((p) => p.id === productId)
          ? shopChange(action, productId, featuredOrder(products))
          : null;
      if (!change) error = "manage.shop.error";
      else {
        try {
          await updateCenterShop(sdk, token, center.id, change);
          return seeOther(href(locale, `/manage/centers/${center.id}/shop`, { done: "1" }) + `#product-${productId}`);
        } catch (e) {
          if (isBackendUnavailable(e) || (!isRefusal(e) && !isNotFound(e))) throw normalizeError(e);
          console.warn(`[storefront] center shop update failed: ${errorMessage(e)}`);
          error = "manage.shop.error";
          products = await getCenterShop(sdk, token, center.id);
        }
      }
    }
    const order = featuredOrder(products);
    return {
      locale,
      status: error ? 422 : undefined,
      center,
      featured: order.map((pid) => products.find((p) => p.id === pid)!).filter(Boolean),
      products,
      done: !error && ctx.url.searchParams.get("done") === "1",
      error,
    };
  });
}
