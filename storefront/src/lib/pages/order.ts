import { centerBySalesChannel } from "../centers";
import { notFound, pageLocale, type Ctx } from "../http";
import { orFallback, sdkFor } from "../medusa";
import { getOrder } from "../orders";
import { getOrderParts, type OrderPart } from "../seller-orders";
import type { Center, Order } from "../types";
import type { BasePageData } from "./common";
import { orderTickets, type TicketsBlock } from "./class-tickets";

export interface OrderPageData extends BasePageData {
  order: Order;
  center: Center | null;
  /** Each artisan's part with its status (empty when unknown). */
  parts: OrderPart[];
  /** Issue 4: the order's class tickets (QR, .ics, cancel). */
  tickets: TicketsBlock;
}

export async function loadOrderPage(ctx: Ctx): Promise<Response | OrderPageData> {
  const sdk = sdkFor(ctx.locals);
  const order = await getOrder(sdk, ctx.params.id ?? "");
  if (!order) return notFound();
  const [center, parts] = await Promise.all([
    orFallback(centerBySalesChannel(sdk, order.sales_channel_id), null, "order center"),
    orFallback(getOrderParts(sdk, order.id), [], "order parts"),
  ]);
  const tickets = await orderTickets(ctx, pageLocale(ctx), order as never);
  if (tickets instanceof Response) return tickets;
  return { locale: pageLocale(ctx), order, center, parts, tickets };
}
