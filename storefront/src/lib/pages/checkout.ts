import { cartIsEmpty, clearCartCookie, getCurrentCart, invalidateCart, sortedItems } from "../cart";
import { centerBySalesChannel } from "../centers";
import {
  formToCheckoutInput,
  placeOrder,
  validateCheckoutForm,
  type CheckoutErrors,
  type CheckoutValues,
} from "../checkout";
import { href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { sdkFor } from "../medusa";
import type { Cart, Center, LineItem } from "../types";
import type { BasePageData } from "./common";

export interface CheckoutPageData extends BasePageData {
  status?: number;
  cart: Cart;
  items: LineItem[];
  center: Center | null;
  values: CheckoutValues;
  errors: CheckoutErrors;
  formError: MessageKey | null;
}

export async function loadCheckoutPage(ctx: Ctx): Promise<Response | CheckoutPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const cart = await getCurrentCart(ctx);
  if (!cart || cartIsEmpty(cart)) return seeOther(href(locale, "/cart"));
  const center = await centerBySalesChannel(sdk, cart.sales_channel_id);

  const data: CheckoutPageData = {
    locale,
    cart,
    items: sortedItems(cart),
    center,
    values: prefill(cart),
    errors: {},
    formError: center ? null : "checkout.errorNoPickup",
  };
  if (!isPost(ctx)) return data;

  const form = await readForm(ctx.request);
  const result = validateCheckoutForm(formToCheckoutInput(form));
  data.values = result.values;
  data.errors = result.errors;
  data.status = 422;
  if (!result.ok || !result.data) return data;
  if (!center) return data;

  const placed = await placeOrder(sdk, cart, center, result.data);
  if (!placed.ok) {
    invalidateCart(ctx);
    data.formError = placed.error;
    return data;
  }
  clearCartCookie(ctx);
  return seeOther(href(locale, `/orders/${placed.orderId}`));
}

function prefill(cart: Cart): CheckoutValues {
  const address = (cart as { shipping_address?: { first_name?: string; last_name?: string; phone?: string } | null })
    .shipping_address;
  return {
    email: cart.email ?? "",
    first_name: address?.first_name ?? "",
    last_name: address?.last_name ?? "",
    phone: address?.phone ?? "",
  };
}
