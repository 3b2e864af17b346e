import {
  cartIsEmpty,
  getCurrentCart,
  invalidateCart,
  readCartId,
  removeLineItem,
  sortedItems,
  updateLineItem,
} from "../cart";
import { centerBySalesChannel } from "../centers";
import { formString, href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, normalizeError, orFallback, sdkFor } from "../medusa";
import type { Cart, Center, LineItem } from "../types";
import type { BasePageData } from "./common";

export interface CartPageData extends BasePageData {
  status?: number;
  cart: Cart | null;
  items: LineItem[];
  center: Center | null;
  notice: MessageKey | null;
  error: MessageKey | null;
}

export async function loadCartPage(ctx: Ctx): Promise<Response | CartPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  let error: MessageKey | null = null;

  if (isPost(ctx)) {
    const form = await readForm(ctx.request);
    const intent = formString(form, "intent");
    const lineId = formString(form, "line_id", 100);
    const cart = await getCurrentCart(ctx);
    const line = cart?.items?.find((i) => i.id === lineId);
    if (!cart || !line) return seeOther(href(locale, "/cart"));

    if (intent === "remove") {
      try {
        await removeLineItem(sdk, cart.id, line.id);
        return seeOther(href(locale, "/cart", { done: "removed" }));
      } catch (e) {
        if (isBackendUnavailable(e)) throw normalizeError(e);
        console.warn(`[storefront] remove line failed: ${errorMessage(e)}`);
        error = "cart.errorUpdate";
      }
    } else {
      const raw = formString(form, "quantity");
      const quantity = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(quantity)) {
        error = "cart.errorQuantity";
      } else if (quantity === line.quantity) {
        return seeOther(href(locale, "/cart"));
      } else {
        try {
          await updateLineItem(sdk, cart.id, line.id, quantity);
          return seeOther(href(locale, "/cart", { done: quantity === 0 ? "removed" : "updated" }));
        } catch (e) {
          if (isBackendUnavailable(e)) throw normalizeError(e);
          console.warn(`[storefront] update line failed: ${errorMessage(e)}`);
          error = "cart.errorUpdate";
        }
      }
    }
    invalidateCart(ctx);
  }

  const cart = readCartId(ctx.cookies) ? await getCurrentCart(ctx) : null;
  const center =
    cart && !cartIsEmpty(cart)
      ? await orFallback(centerBySalesChannel(sdk, cart.sales_channel_id), null, "cart center")
      : null;
  const done = ctx.url.searchParams.get("done");
  return {
    locale,
    status: error ? 422 : undefined,
    cart,
    items: cart ? sortedItems(cart) : [],
    center,
    notice: error ? null : done === "updated" ? "cart.updated" : done === "removed" ? "cart.removed" : null,
    error,
  };
}
