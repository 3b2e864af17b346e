// /sell/orders/:id — one order (the artisan's own items): «Готов к выдаче» / «Передан покупателю»
// (forward only), and once handed over the «Мой налог» receipt number. POST/redirect/GET.
import { isRefusal, withRole } from "../accounts";
import { mapBackendErrors, type FieldMessage } from "../backend-errors";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, isNotFound, normalizeError, sdkFor } from "../medusa";
import {
  checkReceiptNumber,
  getMyOrder,
  isOrderId,
  nextPartStatus,
  setMyOrderReceipt,
  setMyOrderStatus,
  type OrderPartStatus,
  type SellerOrder,
} from "../seller-orders";
import type { BasePageData } from "./common";

export interface SellOrderData extends BasePageData {
  status?: number;
  order: SellerOrder;
  next: Exclude<OrderPartStatus, "new"> | null;
  notice: MessageKey | null;
  error: MessageKey | null;
  receiptError: FieldMessage | null;
  receiptValue: string;
}

const NOTICES: Record<string, MessageKey> = {
  ready_for_pickup: "sellOrders.notice.ready_for_pickup",
  handed_over: "sellOrders.notice.handed_over",
  receipt: "sellOrders.notice.receipt",
};

export async function loadSellOrder(ctx: Ctx): Promise<Response | SellOrderData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!isOrderId(id)) return notFound();
  const self = `/sell/orders/${id}`;

  return withRole<SellOrderData>(ctx, "seller", locale, async (token) => {
    let error: MessageKey | null = null;
    let receiptError: FieldMessage | null = null;
    let receiptValue = "";
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const intent = formString(form, "intent", 40);
      try {
        if (intent === "ready_for_pickup" || intent === "handed_over") {
          await setMyOrderStatus(sdk, token, id, intent);
          return seeOther(href(locale, self, { done: intent }));
        }
        if (intent === "receipt") {
          receiptValue = formString(form, "receipt_number", 60);
          const check = checkReceiptNumber(receiptValue);
          if (check.ok) {
            await setMyOrderReceipt(sdk, token, id, check.value);
            return seeOther(href(locale, self, { done: "receipt" }));
          }
          receiptError = check.error;
        } else {
          return seeOther(href(locale, self));
        }
      } catch (e) {
        if (isBackendUnavailable(e) || (!isRefusal(e) && !isNotFound(e))) throw normalizeError(e);
        console.warn(`[storefront] order update failed: ${errorMessage(e)}`);
        if (intent === "receipt") {
          const mapped = mapBackendErrors(errorMessage(e), ["receipt_number"] as const, {
            fallback: () => "sellOrders.receiptInvalid",
            generalFallback: "sellOrders.errorReceipt",
          });
          receiptError = mapped.fields.receipt_number ?? mapped.general[0] ?? "sellOrders.errorReceipt";
        } else {
          error = "sellOrders.errorStatus";
        }
      }
    }

    const order = await getMyOrder(sdk, token, id);
    if (!order) return notFound();
    const done = ctx.url.searchParams.get("done") ?? "";
    const failed = Boolean(error || receiptError);
    return {
      locale,
      status: failed ? 422 : undefined,
      order,
      next: nextPartStatus(order.status),
      notice: failed ? null : (NOTICES[done] ?? null),
      error,
      receiptError,
      receiptValue: receiptValue || order.receipt_number || "",
    };
  });
}
