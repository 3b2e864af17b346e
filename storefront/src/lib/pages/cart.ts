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
import { applyCartCode, cartCodeError, removeCartCode } from "../scholarships";
import { formatPrice } from "../format";
import type { Cart, Center, LineItem } from "../types";
import type { BasePageData } from "./common";

export interface CartPageData extends BasePageData {
  status?: number;
  cart: Cart | null;
  items: LineItem[];
  center: Center | null;
  notice: MessageKey | null;
  error: MessageKey | null;
  /** issue 6: the scholarship code form — as typed, its refusal, what was applied */
  code: string;
  codeError: MessageKey | null;
  codeNotice: { key: MessageKey; params: Record<string, string> } | null;
  /** promotion codes on the cart (a scholarship's, at most) */
  codes: string[];
  discount: number;
}

export async function loadCartPage(ctx: Ctx): Promise<Response | CartPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  let error: MessageKey | null = null;

  if (isPost(ctx)) {
    const form = await readForm(ctx.request);
    const intent = formString(form, "intent");
    if (intent === "code" || intent === "code-remove") {
      return codeAction(ctx, locale, sdk, intent, formString(form, "code", 40));
    }
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
  const codes = (cart?.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c);
  const applied = ctx.url.searchParams.get("code") ?? "";
  return {
    code: "",
    codeError: null,
    codeNotice:
      done === "code-applied" && codes.includes(applied)
        ? { key: "cart.code.applied", params: { code: applied, discount: formatPrice(cart?.discount_total ?? 0, locale, (cart?.currency_code ?? "rub").toUpperCase()) } }
        : done === "code-removed"
          ? { key: "cart.code.removed", params: {} }
          : null,
    codes,
    discount: cart?.discount_total ?? 0,
    locale,
    status: error ? 422 : undefined,
    cart,
    items: cart ? sortedItems(cart) : [],
    center,
    notice: error ? null : done === "updated" ? "cart.updated" : done === "removed" ? "cart.removed" : null,
    error,
  };
}

/**
 * The scholarship code form (a plain POST): applied → back to the cart with the discount shown;
 * refused → the cart again with the reason in the resident's language, and the code as typed.
 */
async function codeAction(ctx: Ctx, locale: CartPageData["locale"], sdk: ReturnType<typeof sdkFor>, intent: string, code: string): Promise<Response | CartPageData> {
  const cart = await getCurrentCart(ctx);
  if (!cart || cartIsEmpty(cart)) return seeOther(href(locale, "/cart"));
  let codeError: MessageKey | null = null;
  if (intent === "code-remove") {
    try {
      if (code) await removeCartCode(sdk, cart.id, code);
      return seeOther(href(locale, "/cart", { done: "code-removed" }));
    } catch (e) {
      if (isBackendUnavailable(e)) throw normalizeError(e);
      console.warn(`[storefront] remove code failed: ${errorMessage(e)}`);
      codeError = "cart.errorUpdate";
    }
  } else if (!code) {
    codeError = "cart.code.errorEmpty";
  } else {
    try {
      const applied = await applyCartCode(sdk, cart.id, code);
      return seeOther(href(locale, "/cart", { done: "code-applied", code: applied.code }));
    } catch (e) {
      if (isBackendUnavailable(e)) throw normalizeError(e);
      codeError = cartCodeError(errorMessage(e));
    }
  }
  invalidateCart(ctx);
  const fresh = await getCurrentCart(ctx);
  const center = fresh ? await orFallback(centerBySalesChannel(sdk, fresh.sales_channel_id), null, "cart center") : null;
  return {
    locale,
    status: 422,
    cart: fresh,
    items: fresh ? sortedItems(fresh) : [],
    center,
    notice: null,
    error: null,
    code,
    codeError,
    codeNotice: null,
    codes: (fresh?.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c),
    discount: fresh?.discount_total ?? 0,
  };
}
