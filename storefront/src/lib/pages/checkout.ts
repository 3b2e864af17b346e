import { cartIsEmpty, clearCartCookie, getCurrentCart, invalidateCart, sortedItems } from "../cart";
import { centerBySalesChannel } from "../centers";
import {
  formToCheckoutInput,
  placeOrder,
  validateCheckoutForm,
  type CheckoutErrors,
  type CheckoutValues,
} from "../checkout";
import { clearToken, isUnauthorized, readToken } from "../accounts";
import { attachCartToCustomer, customerPrefill, getCustomer } from "../customer-account";
import { href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { normalizeError, sdkFor } from "../medusa";
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
  // A signed-in resident: the form starts from their profile, and the order goes to their history.
  const customerToken = readToken(ctx.cookies, "customer");
  if (!isPost(ctx)) {
    // a cart made for a room booking already carries the e-mail, not yet the names: fill the gaps
    if (customerToken && (!data.values.email || !data.values.first_name)) {
      try {
        const profile = customerPrefill(await getCustomer(sdk, customerToken));
        data.values = Object.fromEntries(
          Object.entries(data.values).map(([k, v]) => [k, v || profile[k as keyof typeof profile] || ""]),
        ) as typeof data.values;
      } catch (error) {
        if (!isUnauthorized(error)) throw normalizeError(error);
        clearToken(ctx, "customer");
      }
    }
    return data;
  }

  const form = await readForm(ctx.request);
  const result = validateCheckoutForm(formToCheckoutInput(form));
  data.values = result.values;
  data.errors = result.errors;
  data.status = 422;
  if (!result.ok || !result.data) return data;
  if (!center) return data;

  // An expired token: the order goes through as a guest's.
  if (customerToken && !(await attachCartToCustomer(sdk, cart.id, customerToken))) clearToken(ctx, "customer");
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
